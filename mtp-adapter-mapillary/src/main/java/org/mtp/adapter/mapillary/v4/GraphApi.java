package org.mtp.adapter.mapillary.v4;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.mtp.adapter.mapillary.http.Exchange;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.adapter.mapillary.http.JsonBodies;
import org.mtp.adapter.mapillary.http.Response;
import org.mtp.adapter.mapillary.http.Safety;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequenceKey;

/**
 * The Graph API v4 endpoints the adapter calls, one method each, with the token in {@code Authorization: OAuth}, and
 * the thumbnail CDN, which gets no token.
 */
final class GraphApi {

    /** Every image field the adapter maps; asked for explicitly, since without {@code fields} only ids come back. */
    static final String IMAGE_FIELDS = "id,sequence,captured_at,geometry,compass_angle,is_pano,make,model,creator";
    /** A guard against a server that keeps answering with a next page. */
    private static final int MAX_PAGES = 100_000;

    private final HttpExecutor http;
    private final HttpUrl base;
    private final HttpUrl meUrl;
    private final JsonAdapter<GraphWire.Me> me;
    private final JsonAdapter<GraphWire.ImagePage> imagePage;
    private final JsonAdapter<GraphWire.IdPage> idPage;
    private final JsonAdapter<Map<String, GraphWire.Image>> imagesById;
    private final JsonAdapter<GraphWire.Token> token;
    private final JsonAdapter<GraphWire.ThumbnailRef> thumbnailRef;

    GraphApi(HttpExecutor http, HttpUrl base, Moshi shared) {
        Moshi moshi = GraphJsonAdapters.install(shared);
        this.http = http;
        this.base = base;
        this.meUrl = base.newBuilder()
                .addPathSegment("me")
                .addQueryParameter("fields", "id,username")
                .build();
        this.me = moshi.adapter(GraphWire.Me.class);
        this.imagePage = moshi.adapter(GraphWire.ImagePage.class);
        this.idPage = moshi.adapter(GraphWire.IdPage.class);
        this.imagesById = new GraphJsonAdapters.ImagesByIdAdapter().nullSafe();
        this.token = moshi.adapter(GraphWire.Token.class);
        this.thumbnailRef = moshi.adapter(GraphWire.ThumbnailRef.class);
    }

    GraphWire.Me me(MapillaryToken user) {
        return http.send(
                "v4 /me", Safety.REPEATABLE, authorized(meUrl, user), r -> JsonBodies.parse("v4 /me", me, r.body()));
    }

    /** The first page of a creator's images captured in {@code [from, to]}. */
    HttpUrl searchUrl(String username, Instant from, Instant to, int limit) {
        return base.newBuilder()
                .addPathSegment("images")
                .addQueryParameter("creator_username", username)
                .addQueryParameter("fields", IMAGE_FIELDS)
                .addQueryParameter("start_captured_at", DateTimeFormatter.ISO_INSTANT.format(from))
                .addQueryParameter("end_captured_at", DateTimeFormatter.ISO_INSTANT.format(to))
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
    }

    GraphWire.ImagePage searchPage(MapillaryToken user, HttpUrl url) {
        GraphWire.ImagePage page = http.send(
                "v4 /images",
                Safety.REPEATABLE,
                authorized(url, user),
                r -> JsonBodies.parse("v4 /images", imagePage, r.body()));
        if (page.data() == null) {
            throw JsonBodies.missing("v4 /images", "'data'");
        }
        return page;
    }

    /**
     * Every image id of a sequence in capture order, following {@code paging.next}; an id outside the key alphabet is a
     * malformed answer, so no multi-get ever carries one.
     */
    List<ImageKey> imageIds(MapillaryToken user, MapillarySequenceKey sequence) {
        // A sequence key is of [A-Za-z0-9_-]: nothing to escape.
        HttpUrl first = base.newBuilder()
                .addPathSegment("image_ids")
                .addEncodedQueryParameter("sequence_id", sequence.value())
                .build();
        List<ImageKey> ids = new ArrayList<>();
        follow(first, url -> {
            GraphWire.IdPage page = http.send(
                    "v4 /image_ids",
                    Safety.REPEATABLE,
                    authorized(url, user),
                    r -> JsonBodies.parse("v4 /image_ids", idPage, r.body()));
            if (page.data() == null) {
                throw JsonBodies.missing("v4 /image_ids", "'data'");
            }
            for (GraphWire.IdRef ref : page.data()) {
                if (ref == null || ref.id() == null) {
                    throw JsonBodies.missing("v4 /image_ids", "an image id");
                }
                ids.add(GraphMapper.guarded("v4 /image_ids", () -> ImageKey.of(ref.id())));
            }
            return page.paging() == null ? null : page.paging().next();
        });
        return ids;
    }

    /**
     * The multi-gets, {@code GET /?ids=a,b,...&fields=...}, one per batch of ids, with at most {@code inFlight} on the
     * wire at once. Each answer, an object keyed by id, is handed to {@code reader} with its batch's ids on the
     * background thread that received it; the results come back in the order of {@code batches}.
     */
    <T> List<T> images(MapillaryToken user, List<List<ImageKey>> batches, int inFlight, BatchReader<T> reader) {
        List<Exchange<T>> calls = new ArrayList<>(batches.size());
        for (List<ImageKey> ids : batches) {
            calls.add(new Exchange<>(
                    () -> authorized(multiGetUrl(ids), user),
                    r -> reader.read(ids, JsonBodies.parse("v4 multi-get", imagesById, r.body()))));
        }
        return http.sendAll("v4 multi-get", calls, inFlight);
    }

    /**
     * Commas stay literal, as in Mapillary's documentation: keys are of {@code [A-Za-z0-9_-]} and the field list is
     * ours, so nothing needs escaping, and OkHttp then copies the query instead of re-encoding it character by
     * character (a third of the client's own time in a small import).
     */
    private HttpUrl multiGetUrl(List<ImageKey> ids) {
        StringBuilder joined = new StringBuilder(ids.size() * 16);
        for (ImageKey id : ids) {
            joined.append(joined.length() == 0 ? "" : ",").append(id.value());
        }
        return base.newBuilder()
                .addEncodedQueryParameter("ids", joined.toString())
                .addEncodedQueryParameter("fields", IMAGE_FIELDS)
                .build();
    }

    /**
     * The signed CDN URL of an image's 256-pixel thumbnail, read from the image entity with {@code token} in the
     * header; an image without one is not found, a URL that is not http(s) a malformed answer.
     */
    HttpUrl thumbnailUrl(MapillaryToken token, ImageKey image) {
        HttpUrl url = base.newBuilder()
                .addPathSegment(image.value())
                .addQueryParameter("fields", "thumb_256_url")
                .build();
        GraphWire.ThumbnailRef ref = http.send(
                "v4 image thumbnail",
                Safety.REPEATABLE,
                authorized(url, token),
                r -> JsonBodies.parse("v4 image thumbnail", thumbnailRef, r.body()));
        if (ref.thumb256Url() == null || ref.thumb256Url().isBlank()) {
            throw new MapillaryException.NotFound("v4 image thumbnail: image " + image.value() + " has no thumbnail");
        }
        HttpUrl cdn = HttpUrl.parse(ref.thumb256Url());
        if (cdn == null) {
            throw JsonBodies.missing("v4 image thumbnail", "an http(s) 'thumb_256_url'");
        }
        return cdn;
    }

    /**
     * The thumbnail's bytes from its signed URL. No {@code Authorization} header: the signature is the credential, and
     * the CDN is another host that must never see a token.
     */
    MapillaryThumbnail thumbnail(HttpUrl cdn) {
        Request request = new Request.Builder().url(cdn).get().build();
        return http.send("v4 thumbnail bytes", Safety.REPEATABLE, request, GraphApi::thumbnailOf);
    }

    private static MapillaryThumbnail thumbnailOf(Response response) {
        String type = response.headers().get("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        try {
            return MapillaryThumbnail.of(response.body().toByteArray(), media);
        } catch (ValidationException e) {
            throw new MapillaryException.MalformedResponse(
                    "v4 thumbnail bytes: not a thumbnail (" + media + ", "
                            + response.body().size() + " bytes: " + e.getMessage() + ")",
                    e);
        }
    }

    /**
     * {@code POST /token} authenticated with the app secret; {@link Safety#ONCE}: codes and refreshes are single-use.
     */
    GraphWire.Token token(String appSecret, FormBody form, String operation) {
        HttpUrl url = base.newBuilder().addPathSegment("token").build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "OAuth " + appSecret)
                .post(form)
                .build();
        return http.send(operation, Safety.ONCE, request, r -> JsonBodies.parse(operation, token, r.body()));
    }

    /**
     * Calls {@code pageReader} for {@code first} and then for each next URL it returns, verbatim, until it returns
     * null. A next URL on another host would receive the user's token, so it is refused.
     */
    void follow(HttpUrl first, PageReader pageReader) {
        Set<HttpUrl> seen = new HashSet<>();
        HttpUrl url = first;
        while (url != null) {
            if (!seen.add(url) || seen.size() > MAX_PAGES) {
                throw new MapillaryException.MalformedResponse("v4 paging: the next page repeats an earlier one", null);
            }
            String next = pageReader.read(url);
            url = next == null || next.isBlank() ? null : sameOrigin(next);
        }
    }

    HttpUrl sameOrigin(String next) {
        HttpUrl url = HttpUrl.parse(next);
        if (url == null
                || !url.scheme().equals(base.scheme())
                || !url.host().equals(base.host())
                || url.port() != base.port()) {
            throw new MapillaryException.MalformedResponse(
                    "v4 paging: next page is not on the configured Graph host " + base.host(), null);
        }
        return url;
    }

    static Request authorized(HttpUrl url, MapillaryToken user) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", "OAuth " + user.reveal())
                .get()
                .build();
    }

    /** Reads the answer of one multi-get, given the ids it asked for; called on a background thread. */
    @FunctionalInterface
    interface BatchReader<T> {
        T read(List<ImageKey> ids, Map<String, GraphWire.Image> found);
    }

    /** Reads one page and returns the URL of the next, or null. */
    @FunctionalInterface
    interface PageReader {
        String read(HttpUrl url);
    }
}
