package org.mtp.domain.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.domain.TestSequences.aSequence;
import static org.mtp.domain.TestUsers.alice;
import static org.mtp.domain.TestUsers.bob;
import static org.mtp.domain.TestUsers.carol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.Distance;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** Tests: Board totals per owner from matching sequences, order-independent. */
class LeaderboardTallyTest {

    private static final ToLongFunction<Sequence> NO_VIEWPOINTS = s -> 0;

    private static UserTotals of(Collection<UserTotals> totals, UserId user) {
        return totals.stream().filter(t -> t.user().equals(user)).findFirst().orElseThrow();
    }

    @Test
    void sumsMatchingSequencesPerOwner() {
        Sequence aliceLong = aSequence()
                .owner(alice())
                .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(0, 2))
                .build();
        Sequence aliceShort = aSequence()
                .owner(alice())
                .points(GeoPoint.of(0, 0), GeoPoint.of(0, 1))
                .build();
        Sequence bobs = aSequence().owner(bob()).points(GeoPoint.of(5, 5)).build();

        Collection<UserTotals> totals = LeaderboardTally.tally(
                List.of(aliceLong, bobs, aliceShort), LeaderboardFilter.ALL, NO_VIEWPOINTS, TestUsers.usernames());

        assertThat(totals).hasSize(2);
        assertThat(of(totals, alice()))
                .isEqualTo(new UserTotals(
                        alice(), TestUsers.usernameOf(alice()), 5, Distance.ofMetres(222_390 + 111_195), 0));
        assertThat(of(totals, bob()))
                .isEqualTo(new UserTotals(bob(), TestUsers.usernameOf(bob()), 1, Distance.ZERO, 0));
    }

    @Test
    void countsOnlySequencesTheFilterMatches() {
        Sequence walk = aSequence().owner(alice()).transport(TransportType.WALK).build();
        Sequence swim = aSequence().owner(alice()).transport(TransportType.SWIM).build();
        Sequence draftWalk =
                aSequence().owner(alice()).transport(TransportType.WALK).buildDraft();
        Sequence carolsSwim =
                aSequence().owner(carol()).transport(TransportType.SWIM).build();
        LeaderboardFilter earth = new LeaderboardFilter(TransportType.EARTH, null, null, null);

        Collection<UserTotals> totals = LeaderboardTally.tally(
                List.of(walk, swim, draftWalk, carolsSwim), earth, NO_VIEWPOINTS, TestUsers.usernames());

        assertThat(totals).extracting(UserTotals::user).containsExactly(alice());
        assertThat(of(totals, alice()).photos()).isEqualTo(3);
    }

    @Test
    void addsTheViewpointsReceivedOnMatchingSequences() {
        Sequence first = aSequence().owner(alice()).build();
        Sequence second = aSequence().owner(alice()).build();
        Sequence ignored =
                aSequence().owner(alice()).transport(TransportType.SKI).build();
        Map<SequenceId, Long> received = Map.of(first.id(), 2L, second.id(), 5L, ignored.id(), 100L);
        LeaderboardFilter walks = new LeaderboardFilter(TransportType.WALK, null, null, null);

        Collection<UserTotals> totals = LeaderboardTally.tally(
                List.of(first, second, ignored), walks, s -> received.get(s.id()), TestUsers.usernames());

        assertThat(of(totals, alice()).viewpoints()).isEqualTo(7);
    }

    @Test
    void nothingMatchingIsAnEmptyTally() {
        assertThat(LeaderboardTally.tally(
                        List.of(TestSequences.draft(alice())),
                        LeaderboardFilter.ALL,
                        NO_VIEWPOINTS,
                        TestUsers.usernames()))
                .isEmpty();
    }

    @Test
    void equalDistancesSummedInDifferentOrdersTie() {
        GeoPoint[][] tracks = {
            {GeoPoint.of(0.1, 0.1), GeoPoint.of(0.10037, 0.1002)},
            {GeoPoint.of(2.3522, 48.8566), GeoPoint.of(2.35311, 48.85733), GeoPoint.of(2.35377, 48.85702)},
            {GeoPoint.of(-0.1276, 51.5072), GeoPoint.of(-0.1253, 51.5089)},
            {GeoPoint.of(13.4, 52.5), GeoPoint.of(13.4000007, 52.5000003)}
        };
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < tracks.length; i++) {
            sequences.add(aSequence().owner(alice()).points(tracks[i]).build());
        }
        for (int i = tracks.length - 1; i >= 0; i--) {
            sequences.add(aSequence().owner(bob()).points(tracks[i]).build());
        }

        Collection<UserTotals> totals =
                LeaderboardTally.tally(sequences, LeaderboardFilter.ALL, NO_VIEWPOINTS, TestUsers.usernames());
        List<RankedRow<UserTotals>> board = CompetitionRanking.rank(totals, LeaderboardMetric.DISTANCE);

        assertThat(of(totals, alice()).distance()).isEqualTo(of(totals, bob()).distance());
        assertThat(board).extracting(RankedRow::rank).containsExactly(1, 1);
        assertThat(board).extracting(r -> r.entry().user()).containsExactly(alice(), bob());
    }
}
