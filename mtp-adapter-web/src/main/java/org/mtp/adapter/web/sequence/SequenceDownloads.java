package org.mtp.adapter.web.sequence;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mtp.application.model.format.GeoJsonWriter;
import org.mtp.application.model.format.SequenceTracks;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.domain.sequence.Sequence;

/** The track downloads of a sequence page: GPX and GeoJSON, as attachments named after the sequence's id. */
public final class SequenceDownloads {

    /** A download format: the path suffix that asks for it and its media type. */
    public enum Format {
        GPX(".gpx", "application/gpx+xml"),
        GEOJSON(".geojson", "application/geo+json");

        private final String suffix;
        private final String mediaType;

        Format(String suffix, String mediaType) {
            this.suffix = suffix;
            this.mediaType = mediaType;
        }

        public String suffix() {
            return suffix;
        }
    }

    void send(Context ctx, Format format, SequenceView view) {
        Sequence s = view.sequence();
        String body = format == Format.GPX ? SequenceTracks.gpx(s) : geoJson(view);
        ctx.header("Content-Disposition", "attachment; filename=\"sequence-" + s.id() + format.suffix + "\"");
        ctx.contentType(format.mediaType + "; charset=utf-8").result(body);
    }

    private static String geoJson(SequenceView view) {
        Sequence s = view.sequence();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", s.details().name());
        properties.put("description", s.details().description());
        properties.put("owner", view.ownerName().value());
        properties.put("transport_type", s.details().transportType().displayName());
        properties.put("tags", String.join(",", s.details().tags().names()));
        properties.put("photo_count", s.photoCount());
        properties.put("distance_m", s.distance().metres());
        properties.put("like_count", view.likeCount());
        return GeoJsonWriter.feature(s.id().toString(), s.photos(), properties);
    }
}
