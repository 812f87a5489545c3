package org.mtp.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.MapillaryUserId;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Test data: drafts, published sequences and their Mapillary data. Defaults: Alice walking the reference's test vector
 * (0,0) → (0,1) → (0,2) with a GoPro, captured {@link TestPhotos#FIRST_SHOT}.
 */
public final class TestSequences {

    /** When default drafts are created. */
    public static final Instant DRAFTED = Instant.parse("2024-05-02T10:00:00Z");
    /** When default sequences are imported (published). */
    public static final Instant IMPORTED = Instant.parse("2024-05-02T10:05:00Z");

    private TestSequences() {}

    public static Sequence draft(UserId owner) {
        return aSequence().owner(owner).buildDraft();
    }

    public static Sequence published(UserId owner) {
        return aSequence().owner(owner).build();
    }

    /** Metadata of a walk named {@code name}, without description or tags. */
    public static SequenceDetails details(String name) {
        return SequenceDetails.of(name, null, TransportType.WALK, Tags.NONE);
    }

    /** The Mapillary account that mtp user {@code owner} uploads with: the same for the same user. */
    public static MapillaryUser mapillaryUserOf(UserId owner) {
        return new MapillaryUser(
                MapillaryUserId.of("mly_" + owner.value().toString().replace("-", "")),
                TestUsers.usernameOf(owner).value());
    }

    /** {@code owner}'s Mapillary sequence {@code key}, one photo per point, taken a second apart. */
    public static MapillarySequence mapillarySequence(String key, UserId owner, GeoPoint... points) {
        return aSequence().owner(owner).key(key).points(points).mapillary();
    }

    public static Builder aSequence() {
        return new Builder();
    }

    /** Builds a sequence or its Mapillary data; every setting has a sane default. */
    public static final class Builder {
        private SequenceId id = SequenceId.of(UUID.randomUUID());
        private UserId owner = TestUsers.alice();
        private String name = "Coastal walk";
        private String description;
        private TransportType transport = TransportType.WALK;
        private Tags tags = Tags.NONE;
        private String make = "GoPro";
        private String model = "HERO9 Black";
        private boolean pano;
        private Instant createdAt;
        private Instant capturedAt;
        private List<Photo> photos;
        private GeoPoint[] points = TestPhotos.equatorNorthward();
        private String key;
        private Instant importedAt = IMPORTED;

        private Builder() {}

        public Builder id(SequenceId value) {
            id = value;
            return this;
        }

        public Builder owner(UserId value) {
            owner = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder transport(TransportType value) {
            transport = value;
            return this;
        }

        /** Tags as the API sends them, a comma list. */
        public Builder tags(String commaList) {
            tags = Tags.parse(commaList);
            return this;
        }

        /** Camera make and model; either may be null (Mapillary did not know it). */
        public Builder camera(String cameraMake, String cameraModel) {
            make = cameraMake;
            model = cameraModel;
            return this;
        }

        public Builder pano(boolean value) {
            pano = value;
            return this;
        }

        /** Mapillary's upload time. */
        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        /** The sequence's capture time; default photos are taken from then on. */
        public Builder capturedAt(Instant value) {
            capturedAt = value;
            return this;
        }

        /** Explicit photos, in capture order; replaces {@link #points}. */
        public Builder photos(Photo... value) {
            photos = List.of(value);
            return this;
        }

        public Builder photos(List<Photo> value) {
            photos = List.copyOf(value);
            return this;
        }

        /** One photo per point, a second apart. */
        public Builder points(GeoPoint... value) {
            points = value.clone();
            photos = null;
            return this;
        }

        /** The Mapillary sequence key; by default derived from the id, so keys never collide. */
        public Builder key(String value) {
            key = value;
            return this;
        }

        public Builder importedAt(Instant value) {
            importedAt = value;
            return this;
        }

        public SequenceDetails details() {
            return SequenceDetails.of(name, description, transport, tags);
        }

        public MapillarySequence mapillary() {
            String sequenceKey =
                    key != null ? key : "seq_" + id.value().toString().replace("-", "");
            List<Photo> shots = photos != null
                    ? photos
                    : TestPhotos.track(sequenceKey, capturedAt != null ? capturedAt : TestPhotos.FIRST_SHOT, points);
            return new MapillarySequence(
                    MapillarySequenceKey.of(sequenceKey),
                    mapillaryUserOf(owner),
                    make == null ? null : CameraMake.of(make),
                    model == null ? null : CameraModel.of(model),
                    pano,
                    createdAt,
                    capturedAt,
                    shots);
        }

        /** A published sequence, imported in one step at {@link #importedAt}. */
        public Sequence build() {
            return Sequence.imported(id, owner, details(), mapillary(), importedAt);
        }

        /** A draft with this builder's metadata, created at {@link TestSequences#DRAFTED}. */
        public Sequence buildDraft() {
            return Sequence.draft(id, owner, details(), DRAFTED);
        }
    }
}
