package org.mtp.adapter.persistence.write.sequence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.tag.Tag;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** Persistence adapter: maps the sequence aggregate to its rows and back; the domain never sees an entity. */
final class SequenceMapper {

    private SequenceMapper() {}

    /** A new row for {@code s}, published or not; its photos are {@link #toPhotoEntities}. */
    static SequenceJpaEntity toJpaEntity(Sequence s) {
        SequenceJpaEntity entity =
                new SequenceJpaEntity(s.id().value(), s.owner().value(), s.draftedAt());
        copyEditable(s, entity);
        if (s.isPublished()) {
            publish(s, entity);
        }
        return entity;
    }

    /**
     * What the owner edits: details, tags (rewritten only when they differ, so an edit never churns rows) and links.
     */
    static void copyEditable(Sequence s, SequenceJpaEntity entity) {
        SequenceDetails d = s.details();
        entity.setDetails(
                d.name(),
                d.description(),
                d.transportType().name(),
                d.transportType().family().name());
        List<String> tags = d.tags().names();
        if (!tags.equals(tagsOf(entity))) {
            entity.setTags(tags);
        }
        entity.setLinks(s.links().googleStreetView(), s.links().strava());
    }

    /** Attaches the Mapillary data and the figures derived from the photos. */
    static void publish(Sequence s, SequenceJpaEntity entity) {
        MapillarySequence m =
                s.mapillary().orElseThrow(() -> new IllegalArgumentException("a draft has nothing to publish"));
        BoundingBox box = s.bounds().orElseThrow();
        Instant[] span = captureSpan(m);
        entity.publish(
                new SequenceJpaEntity.MapillaryFacts(
                        m.key().value(),
                        m.owner().id().value(),
                        m.owner().username(),
                        m.cameraMake() == null ? null : m.cameraMake().name(),
                        m.cameraMake() == null ? null : m.cameraMake().normalized(),
                        m.cameraModel() == null ? null : m.cameraModel().name(),
                        m.cameraModel() == null ? null : m.cameraModel().normalized(),
                        m.pano(),
                        m.createdAt(),
                        m.capturedAt()),
                new SequenceJpaEntity.Figures(
                        s.photoCount(),
                        s.distance().metres(),
                        box.minLon(),
                        box.minLat(),
                        box.maxLon(),
                        box.maxLat(),
                        span[0],
                        span[1]),
                s.importedAt().orElseThrow());
    }

    /** Earliest and latest capture time of the photos (each photo's own, else the sequence's); nulls when none. */
    private static Instant[] captureSpan(MapillarySequence m) {
        Instant from = null;
        Instant to = null;
        for (Photo photo : m.photos()) {
            Instant at = photo.capturedAtOr(m.capturedAt());
            if (at != null) {
                from = from == null || at.isBefore(from) ? at : from;
                to = to == null || at.isAfter(to) ? at : to;
            }
        }
        return new Instant[] {from, to};
    }

    static List<PhotoJpaEntity> toPhotoEntities(Sequence s) {
        List<Photo> photos = s.photos();
        List<PhotoJpaEntity> entities = new ArrayList<>(photos.size());
        for (int i = 0; i < photos.size(); i++) {
            entities.add(toPhotoEntity(s.id().value(), i, photos.get(i)));
        }
        return entities;
    }

    static PhotoJpaEntity toPhotoEntity(UUID sequence, int position, Photo photo) {
        return new PhotoJpaEntity(
                new PhotoJpaId(sequence, position),
                photo.key().value(),
                photo.point().lon(),
                photo.point().lat(),
                photo.angle().map(CompassAngle::degrees).orElse(null),
                photo.capturedAt());
    }

    static Photo toPhoto(PhotoJpaEntity entity) {
        return toPhoto(
                entity.getImageKey(),
                entity.getLon(),
                entity.getLat(),
                entity.getCompassAngle(),
                entity.getCapturedAt());
    }

    static Photo toPhoto(String imageKey, double lon, double lat, Double compassAngle, Instant capturedAt) {
        return new Photo(
                ImageKey.of(imageKey),
                GeoPoint.of(lon, lat),
                compassAngle == null ? null : CompassAngle.of(compassAngle),
                capturedAt);
    }

    /** The aggregate from its entity and, for a published sequence, its photos in order. */
    static Sequence toModelEntity(SequenceJpaEntity e, List<Photo> photos) {
        return toModel(SequenceRow.of(e), photos);
    }

    /**
     * The aggregate, unless its photos were read short of {@code photoCount}. Under READ COMMITTED each statement sees
     * what was committed when it began: a deletion committed after the row was read but before the photos were leaves a
     * published row without its photos. Photos never change once published, so a shortfall means the sequence is gone,
     * as the deletion made true.
     */
    static Optional<Sequence> toModelIfWhole(SequenceRow r, List<Photo> photos, long photoCount) {
        return photos.size() == photoCount ? Optional.of(toModel(r, photos)) : Optional.empty();
    }

    /** The aggregate from its row and, for a published sequence, its photos in order. */
    static Sequence toModel(SequenceRow r, List<Photo> photos) {
        SequenceDetails details = SequenceDetails.of(
                r.name(),
                r.description(),
                TransportType.valueOf(r.transportType()),
                new Tags(r.tags().stream().map(Tag::of).toList()));
        SequenceLinks links = new SequenceLinks(r.googleStreetView(), r.strava());
        MapillarySequence mapillary = r.published()
                ? new MapillarySequence(
                        MapillarySequenceKey.of(r.mapillarySequenceKey()),
                        new MapillaryUser(MapillaryUserId.of(r.mapillaryUserId()), r.mapillaryUsername()),
                        r.cameraMake() == null ? null : CameraMake.of(r.cameraMake()),
                        r.cameraModel() == null ? null : CameraModel.of(r.cameraModel()),
                        r.pano(),
                        r.mapillaryCreatedAt(),
                        r.capturedAt(),
                        photos)
                : null;
        return Sequence.reconstitute(
                SequenceId.of(r.id()),
                UserId.of(r.ownerId()),
                r.draftedAt(),
                details,
                links,
                mapillary,
                r.importedAt());
    }

    private static List<String> tagsOf(SequenceJpaEntity entity) {
        return entity.getTags().stream().map(SequenceTagJpaValue::tag).toList();
    }
}
