package org.mtp.adapter.mapillary.v4;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written streaming adapters for the wire types an import reads thousands of times (images, id refs and the
 * multi-get answer). Moshi's reflective record adapter costs about 10 µs per image, as much as the network on a local
 * link; reading the names with {@link JsonReader#selectName} keeps parsing well under the I/O time. Unknown members are
 * skipped, absent ones stay null, like the reflective adapter.
 */
final class GraphJsonAdapters {

    private GraphJsonAdapters() {}

    /** {@code moshi} with these adapters registered. */
    static Moshi install(Moshi moshi) {
        return moshi.newBuilder()
                .add(GraphWire.Image.class, new ImageAdapter().nullSafe())
                .add(GraphWire.IdRef.class, new IdRefAdapter().nullSafe())
                .build();
    }

    /**
     * A multi-get answer, {@code {"<id>": {image}, ...}}, read straight into a hash map: about 10% less parsing than
     * Moshi's map adapter, whose tree map and extra adapter layers buy nothing here. A repeated key fails like Moshi's.
     */
    static final class ImagesByIdAdapter extends JsonAdapter<Map<String, GraphWire.Image>> {

        private static final ImageAdapter IMAGES = new ImageAdapter();

        @Override
        public Map<String, GraphWire.Image> fromJson(JsonReader reader) throws IOException {
            Map<String, GraphWire.Image> byId = new HashMap<>();
            reader.beginObject();
            while (reader.hasNext()) {
                String id = reader.nextName();
                GraphWire.Image image =
                        reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : IMAGES.fromJson(reader);
                if (byId.containsKey(id)) {
                    throw new JsonDataException("Map key '" + id + "' has multiple values at path " + reader.getPath());
                }
                byId.put(id, image);
            }
            reader.endObject();
            return byId;
        }

        @Override
        public void toJson(JsonWriter writer, Map<String, GraphWire.Image> images) throws IOException {
            writer.beginObject();
            for (Map.Entry<String, GraphWire.Image> entry : images.entrySet()) {
                writer.name(entry.getKey());
                if (entry.getValue() == null) {
                    writer.nullValue();
                } else {
                    IMAGES.toJson(writer, entry.getValue());
                }
            }
            writer.endObject();
        }
    }

    /** {@link GraphWire.Image}. */
    static final class ImageAdapter extends JsonAdapter<GraphWire.Image> {

        private static final JsonReader.Options NAMES = JsonReader.Options.of(
                "id", "captured_at", "geometry", "compass_angle", "sequence", "creator", "is_pano", "make", "model");
        private static final JsonReader.Options POINT = JsonReader.Options.of("type", "coordinates");
        private static final JsonReader.Options CREATOR = JsonReader.Options.of("id", "username");

        @Override
        public GraphWire.Image fromJson(JsonReader reader) throws IOException {
            String id = null;
            Long capturedAt = null;
            GraphWire.Point geometry = null;
            Double compassAngle = null;
            String sequence = null;
            GraphWire.Creator creator = null;
            Boolean isPano = null;
            String make = null;
            String model = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(NAMES)) {
                    case 0 -> id = string(reader);
                    case 1 ->
                        capturedAt = reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : reader.nextLong();
                    case 2 -> geometry = point(reader);
                    case 3 ->
                        compassAngle = reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : reader.nextDouble();
                    case 4 -> sequence = string(reader);
                    case 5 -> creator = creator(reader);
                    case 6 ->
                        isPano = reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : reader.nextBoolean();
                    case 7 -> make = string(reader);
                    case 8 -> model = string(reader);
                    default -> skip(reader);
                }
            }
            reader.endObject();
            return new GraphWire.Image(id, capturedAt, geometry, compassAngle, sequence, creator, isPano, make, model);
        }

        private static GraphWire.Point point(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                return reader.nextNull();
            }
            String type = null;
            List<Double> coordinates = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(POINT)) {
                    case 0 -> type = string(reader);
                    case 1 -> coordinates = coordinates(reader);
                    default -> skip(reader);
                }
            }
            reader.endObject();
            return new GraphWire.Point(type, coordinates);
        }

        private static List<Double> coordinates(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                return reader.nextNull();
            }
            reader.beginArray();
            double lon = reader.nextDouble();
            double lat = reader.nextDouble();
            while (reader.hasNext()) {
                reader.skipValue(); // an altitude, if a server ever sends one
            }
            reader.endArray();
            return List.of(lon, lat);
        }

        private static GraphWire.Creator creator(JsonReader reader) throws IOException {
            if (reader.peek() == JsonReader.Token.NULL) {
                return reader.nextNull();
            }
            String id = null;
            String username = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.selectName(CREATOR)) {
                    case 0 -> id = string(reader);
                    case 1 -> username = string(reader);
                    default -> skip(reader);
                }
            }
            reader.endObject();
            return new GraphWire.Creator(id, username);
        }

        @Override
        public void toJson(JsonWriter writer, GraphWire.Image image) throws IOException {
            writer.beginObject();
            writer.name("id").value(image.id());
            writer.name("captured_at").value(image.capturedAt());
            if (image.geometry() != null && image.geometry().coordinates() != null) {
                writer.name("geometry")
                        .beginObject()
                        .name("type")
                        .value(image.geometry().type())
                        .name("coordinates")
                        .beginArray();
                for (Double c : image.geometry().coordinates()) {
                    writer.value(c);
                }
                writer.endArray().endObject();
            }
            writer.name("compass_angle").value(image.compassAngle());
            writer.name("sequence").value(image.sequence());
            if (image.creator() != null) {
                writer.name("creator")
                        .beginObject()
                        .name("id")
                        .value(image.creator().id())
                        .name("username")
                        .value(image.creator().username())
                        .endObject();
            }
            writer.name("is_pano").value(image.isPano());
            writer.name("make").value(image.make());
            writer.name("model").value(image.model());
            writer.endObject();
        }
    }

    /** {@link GraphWire.IdRef}: {@code {"id": "..."}}. */
    static final class IdRefAdapter extends JsonAdapter<GraphWire.IdRef> {

        private static final JsonReader.Options NAMES = JsonReader.Options.of("id");

        @Override
        public GraphWire.IdRef fromJson(JsonReader reader) throws IOException {
            String id = null;
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.selectName(NAMES) == 0) {
                    id = string(reader);
                } else {
                    skip(reader);
                }
            }
            reader.endObject();
            return new GraphWire.IdRef(id);
        }

        @Override
        public void toJson(JsonWriter writer, GraphWire.IdRef ref) throws IOException {
            writer.beginObject().name("id").value(ref.id()).endObject();
        }
    }

    private static String string(JsonReader reader) throws IOException {
        JsonReader.Token token = reader.peek();
        if (token == JsonReader.Token.NULL) {
            return reader.nextNull();
        }
        if (token != JsonReader.Token.STRING && token != JsonReader.Token.NUMBER) {
            throw new JsonDataException("Expected a string but was " + token + " at path " + reader.getPath());
        }
        return reader.nextString();
    }

    private static void skip(JsonReader reader) throws IOException {
        reader.skipName();
        reader.skipValue();
    }
}
