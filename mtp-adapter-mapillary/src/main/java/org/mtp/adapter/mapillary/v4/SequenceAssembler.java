package org.mtp.adapter.mapillary.v4;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.mapillary.http.JsonBodies;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.sequence.Photo;

/**
 * Builds one {@link MapillarySequence} from v4 images: each multi-get's answer is mapped to photos on its own (on the
 * thread that received it, while other batches travel), then the batches are joined: photos in capture order, the owner
 * from the images' creator, make and model from the first image that knows them ({@code "none"} means unknown),
 * panorama from the first image.
 */
final class SequenceAssembler {

    private static final String OPERATION = "v4 multi-get";

    private SequenceAssembler() {}

    /**
     * The photos of one multi-get answer, in the order of {@code ids}; holds no state, so batches map in parallel. Each
     * image must carry the id it was filed under, so the requested key, already checked, is the photo's key.
     */
    static List<Entry> batch(MapillarySequenceKey key, List<ImageKey> ids, Map<String, GraphWire.Image> found) {
        List<Entry> entries = new ArrayList<>(ids.size());
        for (ImageKey id : ids) {
            GraphWire.Image image = found.get(id.value());
            if (image == null) {
                throw new MapillaryException.MalformedResponse(
                        OPERATION + ": the answer lacks image " + id.value(), null);
            }
            entries.add(entry(key, id, image));
        }
        return entries;
    }

    private static Entry entry(MapillarySequenceKey key, ImageKey id, GraphWire.Image image) {
        if (image.id() == null || image.sequence() == null || image.capturedAt() == null) {
            throw JsonBodies.missing(OPERATION, "'id', 'sequence' or 'captured_at'");
        }
        if (!id.value().equals(image.id())) {
            throw new MapillaryException.MalformedResponse(
                    OPERATION + ": the answer files image " + image.id() + " under " + id.value(), null);
        }
        if (!key.value().equals(image.sequence())) {
            throw new MapillaryException.MalformedResponse(
                    OPERATION + ": image " + image.id() + " belongs to sequence " + image.sequence() + ", not " + key,
                    null);
        }
        Photo photo = GraphMapper.guarded(
                OPERATION,
                () -> Photo.of(
                        id,
                        point(image),
                        GraphMapper.angle(image.compassAngle()),
                        Instant.ofEpochMilli(image.capturedAt())));
        return new Entry(image, photo);
    }

    /** The sequence of the mapped batches. */
    static MapillarySequence build(MapillarySequenceKey key, List<List<Entry>> batches) {
        List<Entry> ordered = new ArrayList<>();
        batches.forEach(ordered::addAll);
        if (ordered.isEmpty()) {
            throw new MapillaryException.NotFound(OPERATION + ": sequence " + key + " has no images");
        }
        ordered.sort(Comparator.comparing(e -> e.photo().capturedAt()));
        GraphWire.Image first = ordered.get(0).image();
        GraphWire.Creator creator = first.creator();
        if (creator == null || creator.id() == null || creator.username() == null) {
            throw JsonBodies.missing(OPERATION, "the images' 'creator'");
        }
        String make = null;
        String model = null;
        List<Photo> photos = new ArrayList<>(ordered.size());
        for (Entry entry : ordered) {
            photos.add(entry.photo());
            make = make != null ? make : GraphMapper.known(entry.image().make());
            model = model != null ? model : GraphMapper.known(entry.image().model());
        }
        String makeName = make;
        String modelName = model;
        return GraphMapper.guarded(
                OPERATION,
                () -> new MapillarySequence(
                        key,
                        new MapillaryUser(MapillaryUserId.of(creator.id()), creator.username()),
                        makeName == null ? null : CameraMake.of(makeName),
                        modelName == null ? null : CameraModel.of(modelName),
                        Boolean.TRUE.equals(first.isPano()),
                        null,
                        photos.get(0).capturedAt(),
                        photos));
    }

    private static GeoPoint point(GraphWire.Image image) {
        GraphWire.Point geometry = image.geometry();
        if (geometry == null
                || geometry.coordinates() == null
                || geometry.coordinates().size() < 2
                || geometry.coordinates().get(0) == null
                || geometry.coordinates().get(1) == null) {
            throw JsonBodies.missing(OPERATION, "the geometry of image " + image.id());
        }
        return GeoPoint.of(geometry.coordinates().get(0), geometry.coordinates().get(1));
    }

    /** One image as it came and the photo mapped from it. */
    record Entry(GraphWire.Image image, Photo photo) {}
}
