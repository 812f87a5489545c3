package org.mtp.adapter.mapillary.upload;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.mtp.adapter.mapillary.http.Attempt;
import org.mtp.adapter.mapillary.http.Failure;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.adapter.mapillary.http.JsonBodies;
import org.mtp.adapter.mapillary.http.Safety;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;

/**
 * Sends one zip to the resumable upload service: ask how many bytes the session already holds, post the rest from that
 * offset, and on {@code 412 OffsetInvalidError} (or any transient failure) ask again and resume. Because every attempt
 * starts from the offset the server reports, repeating it can never duplicate bytes.
 */
final class ResumableUpload {

    private static final String POST = "upload bytes";
    private static final String GET = "upload offset";

    private final HttpExecutor http;
    private final HttpUrl base;
    private final JsonAdapter<UploadWire.Offset> offsets;
    private final JsonAdapter<UploadWire.Handle> handles;

    ResumableUpload(HttpExecutor http, HttpUrl base, Moshi moshi) {
        this.http = http;
        this.base = base;
        this.offsets = moshi.adapter(UploadWire.Offset.class);
        this.handles = moshi.adapter(UploadWire.Handle.class);
    }

    /** Uploads {@code zip} and returns the service's file handle. */
    String send(MapillaryToken token, PackedZip zip) {
        HttpUrl session = base.newBuilder().addPathSegment(zip.sessionKey()).build();
        for (int attempt = 1; ; attempt++) {
            long offset = offset(token, session, zip);
            Request post = new Request.Builder()
                    .url(session)
                    .header("Authorization", "OAuth " + token.reveal())
                    .header("Offset", Long.toString(offset))
                    .header("X-Entity-Name", zip.sessionKey())
                    .header("X-Entity-Length", Long.toString(zip.size()))
                    .header("X-Entity-Type", "application/zip")
                    .post(new FileRangeBody(zip.file(), offset, zip.size() - offset))
                    .build();
            Attempt result = http.attempt(POST, post, attempt);
            if (result instanceof Attempt.Success success) {
                UploadWire.Handle handle =
                        JsonBodies.parse(POST, handles, success.response().body());
                if (handle.h() == null || handle.h().isBlank()) {
                    throw JsonBodies.missing(POST, "the file handle 'h'");
                }
                return handle.h();
            }
            Failure failure = ((Attempt.Failed) result).failure();
            boolean offsetMoved = failure.kind() == Failure.Kind.OFFSET_INVALID;
            if (offsetMoved && attempt < http.policy().maxAttempts()) {
                continue;
            }
            http.awaitRetry(POST, Safety.REPEATABLE, failure, attempt);
        }
    }

    private long offset(MapillaryToken token, HttpUrl session, PackedZip zip) {
        Request get = new Request.Builder()
                .url(session)
                .header("Authorization", "OAuth " + token.reveal())
                .get()
                .build();
        UploadWire.Offset answer =
                http.send(GET, Safety.REPEATABLE, get, r -> JsonBodies.parse(GET, offsets, r.body()));
        if (answer.offset() == null || answer.offset() < 0) {
            throw JsonBodies.missing(GET, "a non-negative 'offset'");
        }
        if (answer.offset() > zip.size()) {
            throw new MapillaryException.MalformedResponse(
                    GET + ": session " + zip.sessionKey() + " holds " + answer.offset() + " bytes, more than the "
                            + zip.size() + " of the file",
                    null);
        }
        return answer.offset();
    }
}
