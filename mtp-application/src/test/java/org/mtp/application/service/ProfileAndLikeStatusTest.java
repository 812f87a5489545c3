package org.mtp.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;
import static org.mtp.domain.TestUsers.carol;
import static org.mtp.domain.TestUsers.usernameOf;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.profile.GetProfileUseCase.Profile;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

class ProfileAndLikeStatusTest {

    private final Scenario world = new Scenario();

    private Sequence walk(UserId owner, String key, GeoPoint... points) {
        return world.store(TestSequences.aSequence()
                .owner(owner)
                .key(key)
                .capturedAt(Instant.parse("2024-01-05T10:00:00Z"))
                .points(points)
                .build());
    }

    @Test
    void aProfileHasTheAllTimeTotalsAndTheRankOnEachBoardWithPhotos() {
        walk(alice(), "a1", GeoPoint.of(0, 0), GeoPoint.of(0, 1));
        Sequence bobs = walk(bob(), "b1", GeoPoint.of(1, 0), GeoPoint.of(1, 1), GeoPoint.of(1, 2));
        world.app.viewpoints.mark(alice(), bobs.id(), bobs.photos().get(0).key());

        Profile alices = world.app.profiles.get(usernameOf(alice()));
        Profile bobsProfile =
                world.app.profiles.get(Username.of(usernameOf(bob()).value().toUpperCase()));

        assertThat(alices.totals().photos()).isEqualTo(2);
        assertThat(alices.rankOn(LeaderboardMetric.PHOTOS)).contains(2);
        assertThat(alices.rankOn(LeaderboardMetric.VIEWPOINTS)).isEmpty();
        assertThat(bobsProfile.username()).isEqualTo(usernameOf(bob()));
        assertThat(bobsProfile.rankOn(LeaderboardMetric.PHOTOS)).contains(1);
        assertThat(bobsProfile.rankOn(LeaderboardMetric.VIEWPOINTS)).contains(1);
        assertThat(bobsProfile.totals().viewpoints()).isEqualTo(1);
    }

    @Test
    void someoneWithoutSequencesHasZeroTotalsAndNoRanksAndAnUnknownNameIsNotFound() {
        Profile carols = world.app.profiles.get(usernameOf(carol()));

        assertThat(carols.totals().photos()).isZero();
        assertThat(carols.ranks()).isEmpty();
        assertThatThrownBy(() -> world.app.profiles.get(Username.of("nobody_here")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLikeStatusFollowsLikeAndUnlike() {
        Sequence walk = walk(alice(), "a2", GeoPoint.of(0, 0), GeoPoint.of(0, 1));
        LikeTarget target = LikeTarget.sequence(walk.id());

        world.app.likes.like(bob(), target);
        assertThat(world.app.likeStatus.likes(bob(), target)).isTrue();
        world.app.likes.unlike(bob(), target);
        assertThat(world.app.likeStatus.likes(bob(), target)).isFalse();
    }
}
