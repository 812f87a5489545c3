package org.mtp.domain.sequence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.common.Require;
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.Haversine;
import org.mtp.domain.leaderboard.BoardShare;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Aggregate for one capture: a draft with metadata only, published once its Mapillary sequence (photos, camera, owner
 * on Mapillary) is attached. The owner never changes and is the only one who may edit or delete it. Each change is
 * recorded as a {@link DomainEvent} until the caller takes the events, so that what derives from it is kept in step.
 */
public final class Sequence implements SequenceFigures {

    private final SequenceId id;
    private final UserId owner;
    private final Instant draftedAt;
    private SequenceDetails details;
    private SequenceLinks links;
    private Published published;
    private final List<DomainEvent> events = new ArrayList<>();

    /** Mapillary data and the figures derived from it, computed once because photos never change after import. */
    private record Published(MapillarySequence mapillary, Instant importedAt, Distance distance, BoundingBox bounds) {
        static Published of(MapillarySequence mapillary, Instant importedAt) {
            List<GeoPoint> points =
                    mapillary.photos().stream().map(Photo::point).toList();
            return new Published(
                    mapillary,
                    Timestamps.normalize(Require.notNull("imported_at", importedAt)),
                    Distance.ofKm(Haversine.trackKm(points)),
                    BoundingBox.around(points));
        }
    }

    private Sequence(
            SequenceId id,
            UserId owner,
            Instant draftedAt,
            SequenceDetails details,
            SequenceLinks links,
            Published published) {
        this.id = Require.notNull("id", id);
        this.owner = Require.notNull("owner", owner);
        this.draftedAt = Timestamps.normalize(Require.notNull("drafted_at", draftedAt));
        this.details = Require.notNull("details", details);
        this.links = links == null ? SequenceLinks.NONE : links;
        this.published = published;
    }

    /** A new draft, as the desktop uploader creates it before Mapillary has the imagery. */
    public static Sequence draft(SequenceId id, UserId owner, SequenceDetails details, Instant at) {
        return new Sequence(id, owner, at, details, SequenceLinks.NONE, null);
    }

    /** A sequence imported in one step: created and published from Mapillary data at once. */
    public static Sequence imported(
            SequenceId id, UserId owner, SequenceDetails details, MapillarySequence data, Instant at) {
        Require.notNull("mapillary", data);
        Sequence sequence = new Sequence(id, owner, at, details, SequenceLinks.NONE, Published.of(data, at));
        sequence.events.add(new DomainEvent.SequencePublished(id, sequence.share()));
        return sequence;
    }

    /** Rebuilds a stored sequence; {@code mapillary} and {@code importedAt} are null for a draft. */
    public static Sequence reconstitute(
            SequenceId id,
            UserId owner,
            Instant draftedAt,
            SequenceDetails details,
            SequenceLinks links,
            MapillarySequence mapillary,
            Instant importedAt) {
        Published published =
                mapillary == null ? null : Published.of(mapillary, Require.notNull("imported_at", importedAt));
        return new Sequence(id, owner, draftedAt, details, links, published);
    }

    /** Fails unless {@code actor} owns this sequence. */
    public void requireOwner(UserId actor) {
        if (!owner.equals(actor)) {
            throw new NotOwnerException("sequence");
        }
    }

    /**
     * Deletes the sequence: only its owner may. Records the deletion, so that its share of the boards and its counters
     * go with it.
     */
    public void delete(UserId actor) {
        requireOwner(actor);
        events.add(new DomainEvent.SequenceDeleted(id));
    }

    /** Drafts are visible to their owner only. */
    public boolean visibleTo(UserId viewer) {
        return access().visibleTo(viewer);
    }

    /** Who may read a sequence: anyone once it is published, its owner alone while it is a draft. */
    public static boolean visible(boolean published, UserId owner, UserId viewer) {
        return published || owner.equals(viewer);
    }

    /** What the rules of seeing, liking and marking viewpoints need of this sequence. */
    public SequenceAccess access() {
        return new SequenceAccess(id, owner, isPublished());
    }

    /**
     * Publishes the draft from Mapillary data. The same key again changes nothing; another key on a published sequence
     * is refused. The caller has checked that the Mapillary sequence belongs to the owner's Mapillary account and that
     * no other mtp sequence holds the key.
     */
    public AttachOutcome attachMapillary(UserId actor, MapillarySequence data, Instant at) {
        requireOwner(actor);
        Require.notNull("mapillary", data);
        if (hasAttached(data.key())) {
            return AttachOutcome.UNCHANGED;
        }
        published = Published.of(data, at);
        events.add(new DomainEvent.SequencePublished(id, share()));
        return AttachOutcome.PUBLISHED;
    }

    /**
     * Whether Mapillary sequence {@code key} is attached already: false for a draft, true when published from it;
     * published from another key, attaching {@code key} is refused ({@link SequenceFailures.AlreadyLinked}). Lets a
     * caller decide before fetching the Mapillary data whether it needs them.
     */
    public boolean hasAttached(MapillarySequenceKey key) {
        Require.notNull("mapillary_sequence_key", key);
        if (published == null) {
            return false;
        }
        MapillarySequenceKey current = published.mapillary().key();
        if (!current.equals(key)) {
            throw new SequenceFailures.AlreadyLinked(current);
        }
        return true;
    }

    /**
     * Sets the uploader's Street View and Strava links; given values replace, absent ones stay. Drafts too. Returns
     * whether the links changed.
     */
    public boolean attachLinks(UserId actor, SequenceLinks changes) {
        requireOwner(actor);
        SequenceLinks merged = links.merge(Require.notNull("links", changes));
        boolean changed = !merged.equals(links);
        links = merged;
        if (changed) {
            events.add(new DomainEvent.SequenceChanged(id));
        }
        return changed;
    }

    /** Replaces the metadata people edit; a published sequence's new transport type moves its share of the boards. */
    public void edit(UserId actor, SequenceDetails newDetails) {
        requireOwner(actor);
        TransportType before = details.transportType();
        details = Require.notNull("details", newDetails);
        if (isPublished() && before != details.transportType()) {
            events.add(new DomainEvent.TransportChanged(id, share(), before));
        } else {
            events.add(new DomainEvent.SequenceChanged(id));
        }
    }

    /** Replaces both links, clearing what is null (an edit, not the uploader's additive PUT). */
    public void replaceLinks(UserId actor, SequenceLinks newLinks) {
        requireOwner(actor);
        links = newLinks == null ? SequenceLinks.NONE : newLinks;
        events.add(new DomainEvent.SequenceChanged(id));
    }

    /** Fails unless {@code liker} may like this sequence: published, and not their own. */
    public void requireLikeableBy(UserId liker) {
        access().requireLikeableBy(liker);
    }

    /** The viewpoint {@code marker} would place on photo {@code key}; the owner may not mark their own photos. */
    public Viewpoint viewpointBy(UserId marker, ImageKey key, Instant at) {
        Predicate<ImageKey> holds = k -> photo(k).isPresent();
        return access().viewpointBy(marker, key, holds, at);
    }

    /** The events recorded since the last call, oldest first; the sequence forgets them. */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** What this sequence adds to its owner's board totals, once published. */
    public Optional<BoardShare> boardShare() {
        return isPublished() ? Optional.of(share()) : Optional.empty();
    }

    private BoardShare share() {
        return new BoardShare(
                owner,
                details.transportType(),
                cameraMake().orElse(null),
                cameraModel().orElse(null),
                capturedAt().orElse(null),
                photoCount(),
                distance());
    }

    public Optional<Photo> photo(ImageKey key) {
        return photos().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public SequenceId id() {
        return id;
    }

    public UserId owner() {
        return owner;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public SequenceDetails details() {
        return details;
    }

    public SequenceLinks links() {
        return links;
    }

    public SequenceStatus status() {
        return published == null ? SequenceStatus.DRAFT : SequenceStatus.PUBLISHED;
    }

    public boolean isPublished() {
        return published != null;
    }

    public Optional<MapillarySequence> mapillary() {
        return Optional.ofNullable(published).map(Published::mapillary);
    }

    public Optional<MapillarySequenceKey> mapillaryKey() {
        return mapillary().map(MapillarySequence::key);
    }

    public Optional<Instant> importedAt() {
        return Optional.ofNullable(published).map(Published::importedAt);
    }

    /** The first photo's capture time (Mapillary's sequence time when photos lack their own). */
    public Optional<Instant> capturedAt() {
        return mapillary().map(MapillarySequence::capturedAt);
    }

    /** Mapillary's upload time, when Mapillary gives one (v3 does, v4 does not). */
    public Optional<Instant> createdAt() {
        return mapillary().map(MapillarySequence::createdAt);
    }

    public Optional<CameraMake> cameraMake() {
        return mapillary().map(MapillarySequence::cameraMake);
    }

    public Optional<CameraModel> cameraModel() {
        return mapillary().map(MapillarySequence::cameraModel);
    }

    public boolean pano() {
        return published != null && published.mapillary().pano();
    }

    public List<Photo> photos() {
        return published == null ? List.of() : published.mapillary().photos();
    }

    @Override
    public int photoCount() {
        return photos().size();
    }

    /** Haversine over every consecutive pair of photos; 0 for a draft or a one-photo sequence. */
    @Override
    public Distance distance() {
        return published == null ? Distance.ZERO : published.distance();
    }

    public Optional<BoundingBox> bounds() {
        return Optional.ofNullable(published).map(Published::bounds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "Sequence[" + id + ", " + status() + "]";
    }
}
