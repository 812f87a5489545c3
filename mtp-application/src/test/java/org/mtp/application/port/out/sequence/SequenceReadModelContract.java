package org.mtp.application.port.out.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.domain.TestSequences;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.TestChallenges;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Contract of {@link SequenceReadModel}: every implementation runs these tests through a subclass. */
public abstract class SequenceReadModelContract extends StoreContractSupport {

    private static final Instant MAY = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant NEW_YEAR = Instant.parse("2025-01-01T00:00:00Z");

    private SequenceQuery query(UnaryOperator<Criteria> criteria) {
        return criteria.apply(new Criteria()).toQuery();
    }

    private List<SequenceId> search(SequenceQuery query) {
        return allPages(100, page -> tx(() -> world.sequenceReadModel().search(query, page))).stream()
                .map(SequenceSummary::id)
                .toList();
    }

    private List<SequenceId> ids(Sequence... sequences) {
        return Arrays.stream(sequences).map(Sequence::id).toList();
    }

    @Test
    void aSummaryHoldsEverythingButThePhotos() {
        UserId alice = user("Alice");
        Sequence s = TestSequences.aSequence()
                .owner(alice)
                .name("Quay")
                .description("Long <i>day</i>")
                .transport(TransportType.SCOOTER)
                .tags("quay,port")
                .camera("Insta360", "ONE X2")
                .pano(true)
                .createdAt(MAY.minusSeconds(3_600))
                .build();
        s.attachLinks(alice, new SequenceLinks("http://example.org/sv", "77"));
        stored(s);
        Sequence draft = stored(TestSequences.aSequence().owner(alice).buildDraft());
        run(() -> {
            addLike(new Like(user("fan1"), LikeTarget.sequence(s.id()), MAY));
            addLike(new Like(user("fan2"), LikeTarget.sequence(s.id()), MAY));
        });

        assertThat(tx(() -> world.sequenceReadModel().summary(s.id())))
                .contains(SequenceSummary.of(s, Username.of("Alice"), 2));
        assertThat(tx(() -> world.sequenceReadModel().summary(draft.id())))
                .contains(SequenceSummary.of(draft, Username.of("Alice"), 0));
        assertThat(tx(() -> world.sequenceReadModel().summary(SequenceId.of(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void aViewHoldsTheWholeSequenceWithItsOwnersNameLikesAndViewpointsAsTheStoresReadThem() {
        UserId alice = user("Alice");
        UserId fan = user("fan");
        UserId other = user("other");
        Sequence s = TestSequences.aSequence()
                .owner(alice)
                .name("Quay")
                .description("Long <i>day</i>")
                .transport(TransportType.SCOOTER)
                .tags("quay,port,night")
                .camera("Insta360", "ONE X2")
                .pano(true)
                .createdAt(MAY.minusSeconds(3_600))
                .build();
        s.attachLinks(alice, new SequenceLinks("http://example.org/sv", "77"));
        stored(s);
        ImageKey first = s.photos().get(0).key();
        ImageKey last = s.photos().get(s.photos().size() - 1).key();
        run(() -> {
            addLike(new Like(fan, LikeTarget.sequence(s.id()), MAY));
            addLike(new Like(other, LikeTarget.sequence(s.id()), MAY));
            addViewpoint(s.viewpointBy(fan, first, MAY));
            addViewpoint(s.viewpointBy(other, first, MAY));
            addViewpoint(s.viewpointBy(fan, last, MAY));
        });

        StoredSequence view = tx(() -> world.sequenceReadModel().view(s.id())).orElseThrow();

        assertThat(SequenceRepositoryContract.fieldsOf(view.sequence()))
                .isEqualTo(SequenceRepositoryContract.fieldsOf(s));
        assertThat(view.sequence().photos()).isEqualTo(s.photos());
        assertThat(view.ownerName()).isEqualTo(Username.of("Alice"));
        assertThat(view.likeCount()).isEqualTo(2);
        assertThat(view.viewpoints()).isEqualTo(Map.of(first, 2L, last, 1L));
        // the same as the separate stores read one by one, the way the sequence page was assembled before
        run(() -> {
            Sequence loaded = world.sequences().findById(s.id()).orElseThrow();
            assertThat(SequenceRepositoryContract.fieldsOf(view.sequence()))
                    .isEqualTo(SequenceRepositoryContract.fieldsOf(loaded));
            assertThat(view.sequence().photos()).isEqualTo(loaded.photos());
            assertThat(view.likeCount()).isEqualTo(world.derivedData().likeCount(LikeTarget.sequence(s.id())));
            assertThat(view.viewpoints().get(first))
                    .isEqualTo(world.derivedData().viewpointsOnPhoto(s.id(), first));
            assertThat(view.viewpoints().get(last))
                    .isEqualTo(world.derivedData().viewpointsOnPhoto(s.id(), last));
        });
    }

    @Test
    void theStampMovesOnWithEveryChangeAViewShows_andAViewCarriesTheRevisionItWasReadAt() {
        UserId alice = user("Alice");
        UserId fan = user("fan");
        Sequence draft =
                stored(TestSequences.aSequence().owner(alice).name("Plan").buildDraft());
        List<Long> revisions = new ArrayList<>();
        Runnable record = () -> {
            SequenceStamp stamp =
                    tx(() -> world.sequenceReadModel().stamp(draft.id())).orElseThrow();
            assertThat(tx(() -> world.sequenceReadModel().view(draft.id()))
                            .orElseThrow()
                            .revision())
                    .isEqualTo(stamp.revision());
            revisions.add(stamp.revision());
        };

        record.run();
        assertThat(tx(() -> world.sequenceReadModel().stamp(draft.id())))
                .hasValueSatisfying(stamp -> assertThat(stamp.published()).isFalse())
                .hasValueSatisfying(stamp -> assertThat(stamp.visibleTo(alice)).isTrue())
                .hasValueSatisfying(stamp -> assertThat(stamp.visibleTo(fan)).isFalse());
        Sequence published = TestSequences.aSequence()
                .id(draft.id())
                .owner(alice)
                .name("Plan")
                .build();
        stored(published);
        record.run();
        assertThat(tx(() -> world.sequenceReadModel().stamp(draft.id())))
                .hasValueSatisfying(stamp -> assertThat(stamp.visibleTo(fan)).isTrue());
        run(() -> addLike(new Like(fan, LikeTarget.sequence(draft.id()), MAY)));
        record.run();
        ImageKey first = published.photos().get(0).key();
        run(() -> addViewpoint(published.viewpointBy(fan, first, MAY)));
        record.run();
        run(() -> removeViewpoint(fan, draft.id(), first));
        record.run();
        run(() -> removeLike(fan, LikeTarget.sequence(draft.id())));
        record.run();
        published.edit(alice, SequenceDetails.of("Plan B", null, TransportType.WALK, Tags.NONE));
        stored(published);
        record.run();

        for (int i = 1; i < revisions.size(); i++) {
            assertThat(revisions.get(i)).as("revision after change %d", i).isNotEqualTo(revisions.get(i - 1));
        }
        run(() -> delete(draft.id()));
        assertThat(tx(() -> world.sequenceReadModel().stamp(draft.id()))).isEmpty();
        assertThat(tx(() -> world.sequenceReadModel().stamp(SequenceId.of(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void aDraftIsViewedWithoutPhotosOrCountsAndAnUnknownIdIsNotThere() {
        UserId bob = user("bob");
        Sequence draft =
                TestSequences.aSequence().owner(bob).name("Plan").tags("later").buildDraft();
        draft.attachLinks(bob, new SequenceLinks(null, "12"));
        stored(draft);

        StoredSequence view =
                tx(() -> world.sequenceReadModel().view(draft.id())).orElseThrow();

        assertThat(SequenceRepositoryContract.fieldsOf(view.sequence()))
                .isEqualTo(SequenceRepositoryContract.fieldsOf(draft));
        assertThat(view.sequence().isPublished()).isFalse();
        assertThat(view.sequence().photos()).isEmpty();
        assertThat(view.ownerName()).isEqualTo(Username.of("bob"));
        assertThat(view.likeCount()).isZero();
        assertThat(view.viewpoints()).isEmpty();
        assertThat(tx(() -> world.sequenceReadModel().view(SequenceId.of(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void aSearchFindsPublishedSequencesOnlyUnlessItAsksForSomeonesDrafts() {
        UserId alice = user("alice");
        UserId bob = user("bob");
        Sequence published = storedPublished(alice);
        Sequence aliceDraft =
                stored(TestSequences.aSequence().owner(alice).name("Plan").buildDraft());
        stored(TestSequences.aSequence().owner(bob).buildDraft());

        assertThat(search(SequenceQuery.published())).containsExactly(published.id());
        assertThat(search(query(c -> c.draftsOf(alice)))).containsExactly(aliceDraft.id());
        assertThat(search(query(c -> c.draftsOf(alice).name("pla")))).containsExactly(aliceDraft.id());
        assertThat(search(query(c -> c.draftsOf(alice).name("nothing")))).isEmpty();
    }

    @Test
    void everyCriterionFilters() {
        UserId alice = user("alice");
        UserId bob = user("Bob");
        Sequence ride = stored(TestSequences.aSequence()
                .owner(alice)
                .name("Morning Ride 100%")
                .transport(TransportType.BICYCLE)
                .tags("river,night")
                .camera("GoPro", "HERO9 Black")
                .capturedAt(MAY)
                .points(GeoPoint.of(2.30, 48.80), GeoPoint.of(2.35, 48.85))
                .build());
        Sequence walk = stored(TestSequences.aSequence()
                .owner(bob)
                .name("evening_walk")
                .transport(TransportType.WALK)
                .tags("river")
                .camera("Insta360", "ONE X2")
                .pano(true)
                .capturedAt(Instant.parse("2023-12-31T23:59:59.999Z"))
                .points(GeoPoint.of(13.40, 52.50), GeoPoint.of(13.45, 52.55))
                .build());
        Sequence kayak = stored(TestSequences.aSequence()
                .owner(alice)
                .name("Kayak")
                .transport(TransportType.KAYAK)
                .camera(null, null)
                .capturedAt(NEW_YEAR)
                .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1))
                .build());
        Sequence earth = stored(TestSequences.aSequence()
                .owner(alice)
                .name("Somewhere")
                .transport(TransportType.EARTH)
                .camera("Sony", "A7")
                .capturedAt(Instant.parse("2024-06-01T00:00:00Z"))
                .points(GeoPoint.of(50, 50), GeoPoint.of(51, 51))
                .build());

        assertThat(search(query(c -> c.name("RIDE")))).containsExactly(ride.id());
        assertThat(search(query(c -> c.name("100%")))).containsExactly(ride.id());
        assertThat(search(query(c -> c.name("0%")))).containsExactly(ride.id());
        assertThat(search(query(c -> c.name("g_w")))).containsExactly(walk.id());
        assertThat(search(query(c -> c.name("g%w")))).isEmpty();
        assertThat(search(query(c -> c.name("EV_NING")))).isEmpty();
        assertThat(search(query(c -> c.owner("bOB")))).containsExactly(walk.id());
        assertThat(search(query(c -> c.owner("bobb")))).isEmpty();
        assertThat(search(query(c -> c.tags("river")))).containsExactlyInAnyOrderElementsOf(ids(ride, walk));
        assertThat(search(query(c -> c.tags("night,river")))).containsExactly(ride.id());
        assertThat(search(query(c -> c.transport(TransportType.EARTH))))
                .containsExactlyInAnyOrderElementsOf(ids(ride, walk, earth));
        assertThat(search(query(c -> c.transport(TransportType.BICYCLE)))).containsExactly(ride.id());
        assertThat(search(query(c -> c.transport(TransportType.WATER)))).containsExactly(kayak.id());
        assertThat(search(query(c -> c.camera("gopro", null)))).containsExactly(ride.id());
        assertThat(search(query(c -> c.camera(null, "one x2")))).containsExactly(walk.id());
        assertThat(search(query(c -> c.camera("GOPRO", "one x2")))).isEmpty();
        assertThat(search(query(c -> c.pano(true)))).containsExactly(walk.id());
        assertThat(search(query(c -> c.pano(false)))).containsExactlyInAnyOrderElementsOf(ids(ride, kayak, earth));
        assertThat(search(query(c -> c.captured(TimeRange.of(Instant.parse("2024-01-01T00:00:00Z"), NEW_YEAR)))))
                .containsExactlyInAnyOrderElementsOf(ids(ride, earth));
        assertThat(search(query(c -> c.bbox(new BoundingBox(2.35, 48.85, 13.40, 52.50)))))
                .containsExactlyInAnyOrderElementsOf(ids(ride, walk));
        assertThat(search(query(c -> c.bbox(new BoundingBox(2.351, 48.851, 13.39, 52.49)))))
                .isEmpty();
        assertThat(search(query(
                        c -> c.transport(TransportType.EARTH).tags("river").pano(false))))
                .containsExactly(ride.id());
    }

    @Test
    void theChallengeCriterionKeepsSequencesWithACountingPhotoOnly() {
        UserId alice = user("alice");
        Challenge challenge = TestChallenges.challenge();
        Sequence inside = stored(TestSequences.aSequence()
                .owner(alice)
                .capturedAt(TestChallenges.DURING)
                .points(GeoPoint.of(1, 1), GeoPoint.of(2, 2))
                .build());
        stored(TestSequences.aSequence()
                .owner(alice)
                .capturedAt(TestChallenges.DURING)
                .points(GeoPoint.of(4, 4), GeoPoint.of(6, 6))
                .build());
        stored(TestSequences.aSequence()
                .owner(alice)
                .capturedAt(TestChallenges.START.minusSeconds(60))
                .points(GeoPoint.of(1, 1), GeoPoint.of(2, 2))
                .build());
        Sequence crossing = stored(TestSequences.aSequence()
                .owner(alice)
                .capturedAt(TestChallenges.DURING)
                .points(GeoPoint.of(-5, -5), GeoPoint.of(5, 1), GeoPoint.of(20, 20))
                .build());
        stored(TestSequences.aSequence()
                .owner(alice)
                .capturedAt(TestChallenges.DURING)
                .points(GeoPoint.of(20, 20), GeoPoint.of(21, 21))
                .build());

        assertThat(search(query(c -> c.challenge(challenge))))
                .containsExactlyInAnyOrderElementsOf(ids(inside, crossing));
        assertThat(search(query(c -> c.challenge(challenge).draftsOf(alice)))).isEmpty();
    }

    @Test
    void pagesOfAChallengeSearchSkipNoMatchAndRepeatNone() {
        UserId alice = user("alice");
        Challenge challenge = TestChallenges.challenge();
        List<Sequence> matching = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant at = TestChallenges.DURING.plusSeconds(i * 60L);
            GeoPoint where = i % 3 == 1 ? GeoPoint.of(5, 5) : GeoPoint.of(1, 1);
            Sequence s = stored(TestSequences.aSequence()
                    .owner(alice)
                    .capturedAt(at)
                    .points(where, GeoPoint.of(where.lon() + 0.5, where.lat()))
                    .build());
            if (i % 3 != 1) {
                matching.add(s);
            }
        }
        List<SequenceId> expected = matching.stream()
                .sorted(Comparator.comparing((Sequence s) -> s.capturedAt().orElseThrow())
                        .reversed())
                .map(Sequence::id)
                .toList();
        SequenceQuery inChallenge = query(c -> c.challenge(challenge));

        for (int limit : new int[] {1, 2, 3, 7}) {
            assertThat(allPages(
                            limit, page -> tx(() -> world.sequenceReadModel().search(inChallenge, page))))
                    .extracting(SequenceSummary::id)
                    .containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(SequenceSort.class)
    void everySortOrdersByItsValueDescendingThenByIdDescendingAndPagesKeepThatOrder(SequenceSort sort) {
        UserId alice = user("alice");
        List<UserId> fans = List.of(user("fan-a"), user("fan-b"));
        Instant march = Instant.parse("2024-03-01T10:00:00Z");
        List<Sequence> all = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            GeoPoint start = GeoPoint.of(i % 3, 0);
            all.add(stored(TestSequences.aSequence()
                    .owner(alice)
                    .capturedAt(march.minusSeconds((i % 4) * 86_400L))
                    .points(start, GeoPoint.of(start.lon(), (i % 2) + 1))
                    .build()));
        }
        run(() -> {
            for (int i = 0; i < all.size(); i++) {
                for (int f = 0; f < i % 3; f++) {
                    addLike(new Like(fans.get(f), LikeTarget.sequence(all.get(i).id()), march));
                }
            }
        });
        stored(TestSequences.aSequence().owner(alice).buildDraft());
        Function<Sequence, Long> value = switch (sort) {
            case LATEST -> s -> s.capturedAt().orElseThrow().toEpochMilli();
            case MOST_LIKES -> s -> (long) (all.indexOf(s) % 3);
            case DISTANCE -> s -> s.distance().metres();
        };
        List<SequenceId> expected = all.stream()
                .sorted(Comparator.comparing(value)
                        .thenComparing(s -> s.id().value().toString())
                        .reversed())
                .map(Sequence::id)
                .toList();
        SequenceQuery sorted = query(c -> c.sort(sort));

        for (int limit : new int[] {1, 2, 4, 100}) {
            assertThat(allPages(
                            limit, page -> tx(() -> world.sequenceReadModel().search(sorted, page))))
                    .extracting(SequenceSummary::id)
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void draftsComeLatestDraftedFirst() {
        UserId alice = user("alice");
        List<Sequence> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(stored(Sequence.draft(
                    SequenceId.of(UUID.randomUUID()),
                    alice,
                    TestSequences.details("Draft " + i),
                    MAY.plusSeconds(i % 2))));
        }
        List<SequenceId> expected = drafts.stream()
                .sorted(Comparator.comparing(Sequence::draftedAt)
                        .thenComparing(s -> s.id().value().toString())
                        .reversed())
                .map(Sequence::id)
                .toList();

        assertThat(allPages(3, page -> tx(() -> world.sequenceReadModel().search(query(c -> c.draftsOf(alice)), page))))
                .extracting(SequenceSummary::id)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void anUnreadableCursorIsAValidationFailureOnTheCursor() {
        storedPublished(user("alice"));

        assertThatThrownBy(() -> tx(() -> world.sequenceReadModel()
                        .search(SequenceQuery.published(), new PageRequest(10, "not a cursor"))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    /** Builds a query criterion by criterion; unset means "any". */
    private static final class Criteria {
        private String name;
        private Username owner;
        private Tags tags;
        private TransportType transport;
        private CameraMake make;
        private CameraModel model;
        private Boolean pano;
        private TimeRange captured;
        private BoundingBox bbox;
        private Challenge challenge;
        private UserId draftsOf;
        private SequenceSort sort;

        Criteria name(String value) {
            name = value;
            return this;
        }

        Criteria owner(String value) {
            owner = Username.of(value);
            return this;
        }

        Criteria tags(String value) {
            tags = Tags.parse(value);
            return this;
        }

        Criteria transport(TransportType value) {
            transport = value;
            return this;
        }

        Criteria camera(String cameraMake, String cameraModel) {
            make = cameraMake == null ? null : CameraMake.of(cameraMake);
            model = cameraModel == null ? null : CameraModel.of(cameraModel);
            return this;
        }

        Criteria pano(boolean value) {
            pano = value;
            return this;
        }

        Criteria captured(TimeRange value) {
            captured = value;
            return this;
        }

        Criteria bbox(BoundingBox value) {
            bbox = value;
            return this;
        }

        Criteria challenge(Challenge value) {
            challenge = value;
            return this;
        }

        Criteria draftsOf(UserId value) {
            draftsOf = value;
            return this;
        }

        Criteria sort(SequenceSort value) {
            sort = value;
            return this;
        }

        SequenceQuery toQuery() {
            return new SequenceQuery(
                    name, owner, tags, transport, make, model, pano, captured, bbox, challenge, draftsOf, sort);
        }
    }

    @Test
    void manySummariesAtOnce_equalEachOneAskedAlone_andLeaveOutUnknownIds() {
        UserId owner = user("owner");
        List<Sequence> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stored.add(stored(TestSequences.aSequence()
                    .owner(owner)
                    .name("walk " + i)
                    .tags(i % 2 == 0 ? "river,old-town" : "lake")
                    .build()));
        }
        Sequence draft = stored(TestSequences.aSequence().owner(owner).buildDraft());
        List<SequenceId> asked =
                new ArrayList<>(stored.stream().map(Sequence::id).toList());
        asked.add(draft.id());
        asked.add(SequenceId.of(UUID.randomUUID()));

        Map<SequenceId, SequenceSummary> found =
                tx(() -> world.sequenceReadModel().summaries(asked));

        assertThat(found).hasSize(8);
        for (SequenceId id : asked.subList(0, 8)) {
            assertThat(found.get(id))
                    .isEqualTo(tx(() -> world.sequenceReadModel().summary(id)).orElseThrow());
        }
        assertThat(tx(() -> world.sequenceReadModel().summaries(List.of()))).isEmpty();
    }
}
