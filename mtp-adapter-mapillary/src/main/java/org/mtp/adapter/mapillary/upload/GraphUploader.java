package org.mtp.adapter.mapillary.upload;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.adapter.mapillary.http.JsonBodies;
import org.mtp.adapter.mapillary.http.Safety;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryUploadReceipt;
import org.mtp.application.port.out.mapillary.MapillaryUploadRequest;
import org.mtp.application.port.out.mapillary.MapillaryUploadedPart;
import org.mtp.application.port.out.mapillary.MapillaryUploader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mapillary adapter for uploads (Graph API v4 upload service): reads and validates every image's ImageDescription
 * first, so nothing is sent unless all of them pass; then, per part of at most {@code maxImagesPerUpload} images, packs
 * a zip, uploads it resumably and calls {@code finish_upload} for the cluster id. A dry run stops before
 * {@code finish_upload}, so Mapillary never processes it.
 */
public final class GraphUploader implements MapillaryUploader {

    private static final Logger LOG = LoggerFactory.getLogger(GraphUploader.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String FINISH = "v4 /finish_upload";

    private final HttpExecutor http;
    private final HttpUrl graphBase;
    private final int maxImagesPerPart;
    private final ImageDescriptionReader reader;
    private final SequenceZip packer;
    private final ResumableUpload transfer;
    private final JsonAdapter<UploadWire.Finish> finishRequest;
    private final JsonAdapter<Map<String, Object>> finishAnswer;

    public GraphUploader(MapillaryConfig config, HttpExecutor http, Moshi moshi) {
        this.http = http;
        this.graphBase = HttpUrl.get(config.graphBaseUrl());
        this.maxImagesPerPart = config.maxImagesPerUpload();
        this.reader = new ImageDescriptionReader(moshi);
        this.packer = new SequenceZip(moshi);
        this.transfer = new ResumableUpload(http, HttpUrl.get(config.uploadBaseUrl()), moshi);
        this.finishRequest = moshi.adapter(UploadWire.Finish.class);
        this.finishAnswer = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    }

    @Override
    public MapillaryUploadReceipt upload(MapillaryToken token, MapillaryUploadRequest request) {
        List<ImageDescription> described = new ArrayList<>(request.images().size());
        for (Path image : request.images()) {
            described.add(reader.read(image));
        }
        List<MapillaryUploadedPart> parts = new ArrayList<>();
        for (UploadPlan.Part part : UploadPlan.of(described, maxImagesPerPart)) {
            PackedZip zip = packer.pack(part);
            try {
                String handle = transfer.send(token, zip);
                String cluster = request.dryRun() ? null : finish(token, handle);
                LOG.info(
                        "uploaded part {} ({} images, {} bytes) as {}{}",
                        part.index() + 1,
                        zip.imageCount(),
                        zip.size(),
                        zip.sessionKey(),
                        request.dryRun() ? " (dry run: not published)" : ", cluster " + cluster);
                parts.add(new MapillaryUploadedPart(zip.sessionKey(), zip.imageCount(), zip.size(), handle, cluster));
            } finally {
                SequenceZip.deleteQuietly(zip.file());
            }
        }
        return new MapillaryUploadReceipt(parts, request.dryRun());
    }

    /** Publishes an uploaded file; {@link Safety#ONCE}, since a repeat could start a second processing job. */
    private String finish(MapillaryToken token, String handle) {
        Request post = new Request.Builder()
                .url(graphBase.newBuilder().addPathSegment("finish_upload").build())
                .header("Authorization", "OAuth " + token.reveal())
                .post(RequestBody.create(finishRequest.toJson(new UploadWire.Finish(handle, "zip")), JSON))
                .build();
        Map<String, Object> answer =
                http.send(FINISH, Safety.ONCE, post, r -> JsonBodies.parse(FINISH, finishAnswer, r.body()));
        Object cluster = answer.get("cluster_id");
        if (cluster instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        if (cluster instanceof String s && !s.isBlank()) {
            return s;
        }
        throw JsonBodies.missing(FINISH, "'cluster_id'");
    }
}
