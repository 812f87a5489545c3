package org.mtp.application.port.out.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestTours;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.leaderboard.LeaderboardFilter;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceFailures;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.sequence.SequenceLinks;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** Contract of {@link SequenceRepository}: every implementation runs these tests through a subclass. */
public abstract class SequenceRepositoryContract extends StoreContractSupport {

    private static final Instant T = Instant.parse("2024-07-14T09:30:00.123Z");

    /** Every field a caller can see, so that a round trip is compared in full (sequences are equal by id only). */
    static List<Object> fieldsOf(Sequence s) {
        return List.of(
                s.id(),
                s.owner(),
                s.draftedAt(),
                s.details(),
                s.links(),
                s.status(),
                s.mapillary(),
                s.importedAt(),
                s.distance(),
                s.bounds());
    }

    private Optional<List<Object>> loaded(SequenceId id) {
        return tx(() -> world.sequences().findById(id)).map(SequenceRepositoryContract::fieldsOf);
    }

    @Test
    void aDraftComesBackWithEveryField() {
        UserId owner = user("drafter");
        Sequence draft = Sequence.draft(
                SequenceId.of(UUID.randomUUID()),
                owner,
                SequenceDetails.of(
                        "  Up the <b>hill</b> ",
                        "Line one\nline two",
                        TransportType.ELECTRIC_BICYCLE,
                        Tags.parse("hill,Night-Ride,hill")),
                T);
        draft.attachLinks(owner, new SequenceLinks("https://maps.app.goo.gl/abc", "12345"));
        stored(draft);

        assertThat(loaded(draft.id())).contains(fieldsOf(draft));
    }

    @Test
    void aPublishedSequenceComesBackWithItsPhotosInOrder() {
        UserId owner = user("publisher");
        Sequence published = TestSequences.aSequence()
                .owner(owner)
                .name("Harbour")
                .transport(TransportType.KAYAK)
                .tags("sea,morning")
                .camera(null, "Unknown Model")
                .pano(true)
                .createdAt(T.minusSeconds(60))
                .photos(
                        new Photo(ImageKey.of("a"), GeoPoint.of(-4.48, 48.38), CompassAngle.of(359.999), T),
                        new Photo(ImageKey.of("b"), GeoPoint.of(-4.47, 48.39), null, null),
                        new Photo(ImageKey.of("c"), GeoPoint.of(-180, -90), CompassAngle.of(0), T.plusMillis(1)))
                .build();
        stored(published);

        assertThat(loaded(published.id())).contains(fieldsOf(published));
    }

    @Test
    void aPublishedSequenceOfUnknownCaptureTimeIsStored() {
        UserId owner = user("timeless");
        Sequence timeless = TestSequences.aSequence()
                .owner(owner)
                .photos(TestPhotos.photo("x", 1, 1), TestPhotos.photo("y", 1, 2))
                .build();
        stored(timeless);

        assertThat(loaded(timeless.id())).contains(fieldsOf(timeless));
    }

    @Test
    void anUnknownIdIsNotFound() {
        storedPublished(user("someone"));

        assertThat(tx(() -> world.sequences().findById(SequenceId.of(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void aDraftPublishedLaterComesBackPublished() {
        UserId owner = user("uploader");
        Sequence draft = stored(TestSequences.aSequence().owner(owner).buildDraft());

        run(() -> {
            Sequence s = world.sequences().findById(draft.id()).orElseThrow();
            s.attachMapillary(
                    owner, TestSequences.aSequence().id(draft.id()).owner(owner).mapillary(), T);
            save(s);
        });

        Sequence expected = tx(() -> world.sequences().findById(draft.id())).orElseThrow();
        assertThat(expected.isPublished()).isTrue();
        assertThat(expected.photos()).hasSize(3);
        assertThat(expected.importedAt()).contains(T);
    }

    @Test
    void anEditReplacesDetailsAndLinksAndKeepsThePhotos() {
        UserId owner = user("editor");
        Sequence s = stored(TestSequences.aSequence().owner(owner).tags("a,b,c").build());
        s.edit(owner, SequenceDetails.of("Renamed", null, TransportType.SKI, Tags.parse("c,a")));
        s.replaceLinks(owner, new SequenceLinks(null, "999"));

        run(() -> {
            Sequence current = world.sequences().findById(s.id()).orElseThrow();
            current.edit(owner, s.details());
            current.replaceLinks(owner, s.links());
            save(current);
        });

        assertThat(loaded(s.id())).contains(fieldsOf(s));
    }

    @Test
    void keysAreFoundAndCounted() {
        UserId owner = user("keyholder");
        UserId other = user("other");
        Sequence first = stored(TestSequences.aSequence()
                .owner(owner)
                .key("mly-1")
                .importedAt(T)
                .build());
        stored(TestSequences.aSequence()
                .owner(owner)
                .key("mly-2")
                .importedAt(T.minusMillis(1))
                .build());
        stored(TestSequences.aSequence()
                .owner(other)
                .key("mly-3")
                .importedAt(T.plusSeconds(5))
                .build());
        stored(TestSequences.aSequence().owner(owner).buildDraft());

        assertThat(tx(() -> world.sequences().findIdByMapillaryKey(MapillarySequenceKey.of("mly-1"))))
                .contains(first.id());
        assertThat(tx(() -> world.sequences().findIdByMapillaryKey(MapillarySequenceKey.of("mly-9"))))
                .isEmpty();
        assertThat(tx(() -> world.sequences()
                        .existingKeys(List.of(
                                MapillarySequenceKey.of("mly-3"),
                                MapillarySequenceKey.of("mly-9"),
                                MapillarySequenceKey.of("mly-1")))))
                .containsExactlyInAnyOrder(MapillarySequenceKey.of("mly-1"), MapillarySequenceKey.of("mly-3"));
        assertThat(tx(() -> world.sequences().countImportedSince(owner, T))).isEqualTo(1);
        assertThat(tx(() -> world.sequences().countImportedSince(owner, T.minusMillis(1))))
                .isEqualTo(2);
        assertThat(tx(() -> world.sequences().countImportedSince(other, T))).isEqualTo(1);
    }

    @Test
    void anotherSequenceWithATakenKeyFailsWithKeyTakenAndLeavesTheFirst() {
        UserId owner = user("first");
        Sequence first =
                stored(TestSequences.aSequence().owner(owner).key("taken").build());
        Sequence second =
                TestSequences.aSequence().owner(user("second")).key("taken").build();

        assertThatThrownBy(() -> run(() -> save(second)))
                .isInstanceOfSatisfying(
                        SequenceFailures.KeyTaken.class,
                        e -> assertThat(e.key()).isEqualTo(MapillarySequenceKey.of("taken")));

        assertThat(tx(() -> world.sequences().findById(second.id()))).isEmpty();
        assertThat(loaded(first.id())).contains(fieldsOf(first));
    }

    @Test
    void publishingADraftWithATakenKeyFailsWithKeyTaken() {
        UserId owner = user("latecomer");
        stored(TestSequences.aSequence().owner(user("early")).key("claimed").build());
        Sequence draft = stored(TestSequences.aSequence().owner(owner).buildDraft());

        assertThatThrownBy(() -> run(() -> {
                    Sequence s = world.sequences().findById(draft.id()).orElseThrow();
                    s.attachMapillary(
                            owner,
                            TestSequences.aSequence()
                                    .owner(owner)
                                    .key("claimed")
                                    .mapillary(),
                            T);
                    save(s);
                }))
                .isInstanceOf(SequenceFailures.KeyTaken.class);

        assertThat(tx(() -> world.sequences().findById(draft.id()))
                        .orElseThrow()
                        .isPublished())
                .isFalse();
    }

    @Test
    void twoConcurrentSavesOfOneKeyStoreOneAndRefuseTheOtherWithKeyTaken() throws Exception {
        UserId one = user("racer-one");
        UserId two = user("racer-two");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String key = "race-" + round;
                CyclicBarrier start = new CyclicBarrier(2);
                List<CompletableFuture<String>> outcomes = new ArrayList<>();
                for (UserId racer : List.of(one, two)) {
                    Sequence s = TestSequences.aSequence().owner(racer).key(key).build();
                    outcomes.add(CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                try {
                                    run(() -> save(s));
                                    return "stored";
                                } catch (SequenceFailures.KeyTaken e) {
                                    return "key taken";
                                }
                            },
                            threads));
                }

                assertThat(outcomes.stream().map(CompletableFuture::join).sorted())
                        .containsExactly("key taken", "stored");
                assertThat(tx(() -> world.sequences().existingKeys(List.of(MapillarySequenceKey.of(key)))))
                        .hasSize(1);
            }
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aFailedTransactionLeavesNoSequence() {
        Sequence s = TestSequences.published(user("unlucky"));

        assertThatThrownBy(() -> run(() -> {
                    save(s);
                    throw new IllegalStateException("the use case failed after saving");
                }))
                .hasMessage("the use case failed after saving");

        assertThat(tx(() -> world.sequences().findById(s.id()))).isEmpty();
    }

    @Test
    void deletingRemovesTheSequenceItsLikesViewpointsTourMembershipsAndItsShareOfTheBoards() {
        UserId owner = user("owner");
        UserId fan = user("fan");
        Sequence doomed = storedPublished(owner);
        Sequence kept = storedPublished(owner);
        Tour tour = TestTours.tourOf(owner, doomed, kept);
        run(() -> {
            world.tours().save(tour);
            addLike(new Like(fan, LikeTarget.sequence(doomed.id()), T));
            addViewpoint(doomed.viewpointBy(fan, doomed.photos().get(1).key(), T));
        });

        run(() -> delete(doomed.id()));

        assertThat(tx(() -> world.sequences().findById(doomed.id()))).isEmpty();
        assertThat(tx(() -> world.likes().exists(fan, LikeTarget.sequence(doomed.id()))))
                .isFalse();
        assertThat(tx(() -> world.derivedData().likeCount(LikeTarget.sequence(doomed.id()))))
                .isZero();
        assertThat(tx(() -> world.derivedData()
                        .viewpointsOnPhoto(doomed.id(), doomed.photos().get(1).key())))
                .isZero();
        assertThat(tx(() -> world.tours().findContaining(doomed.id()))).isEmpty();
        assertThat(tx(() -> world.tours().findById(tour.id())).orElseThrow().sequences())
                .containsExactly(kept.id());
        assertThat(tx(() -> world.leaderboards()
                                .read(LeaderboardFilter.ALL, LeaderboardMetric.PHOTOS, PageRequest.first(10)))
                        .items())
                .singleElement()
                .satisfies(row -> assertThat(row.entry().photos()).isEqualTo(kept.photoCount()));
        assertThat(tx(() -> world.leaderboards()
                                .read(LeaderboardFilter.ALL, LeaderboardMetric.VIEWPOINTS, PageRequest.first(10)))
                        .items())
                .isEmpty();
    }

    @Test
    void deletingAnUnknownSequenceChangesNothing() {
        Sequence s = storedPublished(user("bystander"));

        run(() -> delete(SequenceId.of(UUID.randomUUID())));

        assertThat(loaded(s.id())).contains(fieldsOf(s));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other thread never got ready", e);
        }
    }
}
