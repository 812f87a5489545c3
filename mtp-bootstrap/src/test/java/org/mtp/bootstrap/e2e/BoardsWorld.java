package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.domain.transport.TransportType.BICYCLE;
import static org.mtp.domain.transport.TransportType.CANOE;
import static org.mtp.domain.transport.TransportType.KAYAK;
import static org.mtp.domain.transport.TransportType.SKI;
import static org.mtp.domain.transport.TransportType.WALK;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.leaderboard.CompetitionRanking;
import org.mtp.domain.leaderboard.LeaderboardMetric;
import org.mtp.domain.leaderboard.LeaderboardTally;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Test fixture of the filtered-board tests: the real service where alice, bob, carol and dave published sequences of
 * several transport types, camera makes and models and capture months over HTTP and marked viewpoints on each other's
 * photos, with the domain's recount of any board from what was published.
 */
final class BoardsWorld implements AutoCloseable {

    /** The database under test. */
    enum Database {
        H2,
        POSTGRES
    }

    private static final UserId ALICE = TestUsers.alice();
    private static final UserId BOB = TestUsers.bob();
    private static final UserId CAROL = TestUsers.carol();
    private static final UserId DAVE = TestUsers.dave();

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private final RunningService mtp;
    private final ApiClient api;
    private final Map<UserId, String> tokens = new HashMap<>();
    private final List<Sequence> published = new ArrayList<>();
    private final Map<SequenceId, String> uniqueIds = new HashMap<>();
    private final Map<SequenceId, Long> viewpointsReceived = new HashMap<>();

    BoardsWorld(Database database, Path data) {
        mtp = database == Database.H2
                ? RunningService.onH2(data, mapillary)
                : RunningService.onPostgres(data, mapillary);
        api = mtp.client();
        Accounts accounts = Accounts.withUploader(mtp);
        for (UserId person : List.of(ALICE, BOB, CAROL, DAVE)) {
            tokens.put(
                    person,
                    accounts.signUpAndSignIn(TestUsers.usernameOf(person).value()));
            mapillary.addUser(TestSequences.mapillaryUserOf(person), mapillaryToken(person));
        }
        Sequence kayak = publish(ALICE, KAYAK, "Ricoh", "THETA Z1", "2023-03-05T09:00:00Z", 4);
        publish(ALICE, WALK, "Samsung", "Gear 360", "2023-07-14T17:30:00Z", 3);
        Sequence ride = publish(ALICE, BICYCLE, "Ricoh", "GR III", "2024-03-02T08:00:00Z", 5);
        Sequence bobsKayak = publish(BOB, KAYAK, "Samsung", "Gear 360", "2024-07-20T06:15:00Z", 2);
        Sequence bobsWalk = publish(BOB, WALK, "Ricoh", "THETA Z1", "2023-03-28T12:00:00Z", 6);
        publish(BOB, CANOE, "GoPro", "HERO9 Black", "2024-03-11T10:00:00Z", 3);
        Sequence carolsWalk = publish(CAROL, WALK, "Ricoh", "GR III", "2024-07-01T07:45:00Z", 4);
        publish(CAROL, KAYAK, "Ricoh", "THETA Z1", "2023-07-30T15:00:00Z", 3);
        Sequence ski = publish(CAROL, SKI, "Samsung", "Gear 360", "2024-03-31T23:00:00Z", 2);
        Sequence davesWalk = publish(DAVE, WALK, "Samsung", "Gear 360", "2023-03-15T11:20:00Z", 5);
        Sequence davesKayak = publish(DAVE, KAYAK, "Ricoh", "GR III", "2024-07-09T09:10:00Z", 3);
        publish(DAVE, BICYCLE, "GoPro", "HERO9 Black", "2023-07-04T05:00:00Z", 2);
        mark(BOB, kayak, 0);
        mark(BOB, kayak, 1);
        mark(CAROL, kayak, 0);
        mark(ALICE, bobsWalk, 2);
        mark(DAVE, bobsWalk, 2);
        mark(DAVE, bobsKayak, 0);
        mark(ALICE, carolsWalk, 0);
        mark(ALICE, ski, 1);
        for (int photo = 0; photo < 4; photo++) {
            mark(BOB, davesWalk, photo);
        }
        mark(CAROL, davesKayak, 1);
        mark(BOB, ride, 4);
    }

    /** The board as the domain recounts it from what this world published and marked. */
    List<BoardRow> expected(LeaderboardMetric metric, BoardFilter filter) {
        return CompetitionRanking.rank(
                        LeaderboardTally.tally(
                                published,
                                filter.filter(),
                                s -> viewpointsReceived.getOrDefault(s.id(), 0L),
                                TestUsers.usernames()),
                        metric)
                .stream()
                .map(BoardRow::of)
                .toList();
    }

    /** The board as the service answers it, every page. */
    List<BoardRow> board(LeaderboardMetric metric, BoardFilter filter) {
        return items("/api/v1/leaderboards/" + metric.name().toLowerCase(Locale.ROOT), filter.boardQuery()).stream()
                .map(BoardRow::fromJson)
                .toList();
    }

    /** {@code username}'s sequences the search finds with {@code filter}, two a page so the cursor is followed. */
    List<Map<?, ?>> search(String username, BoardFilter filter) {
        return items(
                "/api/v1/sequences",
                "limit=2&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                filter.searchQuery());
    }

    /** Every item of the list at {@code path} with the query {@code parts} (empty ones left out), page after page. */
    private List<Map<?, ?>> items(String path, String... parts) {
        StringBuilder next = new StringBuilder(path).append("?client_id=").append(Accounts.UPLOADER);
        Arrays.stream(parts)
                .filter(part -> !part.isEmpty())
                .forEach(part -> next.append('&').append(part));
        return pages(next.toString());
    }

    private List<Map<?, ?>> pages(String firstPage) {
        List<Map<?, ?>> items = new ArrayList<>();
        String next = firstPage;
        while (next != null) {
            ApiResponse page = api.get(next).send();
            assertThat(page.status()).as("%s: %s", next, page.body()).isEqualTo(200);
            page.array("items").forEach(item -> items.add((Map<?, ?>) item));
            next = (String) page.at("next");
        }
        return items;
    }

    private static MapillaryToken mapillaryToken(UserId person) {
        return MapillaryToken.of("MLY" + TestUsers.usernameOf(person).value() + "BoardsToken");
    }

    /** Publishes over HTTP a Mapillary sequence of {@code photos} photos along a track of its own length. */
    private Sequence publish(
            UserId owner, TransportType transport, String make, String model, String capturedAt, int photos) {
        int n = published.size();
        String key = String.format("boardsSeq%04d", n);
        TestSequences.Builder planned = TestSequences.aSequence()
                .owner(owner)
                .key(key)
                .transport(transport)
                .camera(make, model)
                .capturedAt(Instant.parse(capturedAt))
                .points(track(n, photos));
        mapillary.addSequence(planned.mapillary());
        String token = tokens.get(owner);
        String uniqueId = api.post("/api/v1/sequence/create")
                .bearer(token)
                .form(ApiClient.form("name", "Board sequence " + n, "transport_type", transport.displayName()))
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(201))
                .text("unique_id");
        api.put("/api/v1/sequence/import/" + uniqueId)
                .bearer(token)
                .json("{\"token\":\"" + mapillaryToken(owner).reveal() + "\",\"seq_key\":\"" + key + "\"}")
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        Sequence sequence = planned.build();
        published.add(sequence);
        uniqueIds.put(sequence.id(), uniqueId);
        return sequence;
    }

    /** Legs of a few hundred metres that differ per sequence, so no length is a whole number of metres by design. */
    private static GeoPoint[] track(int n, int photos) {
        GeoPoint[] points = new GeoPoint[photos];
        for (int i = 0; i < photos; i++) {
            points[i] = GeoPoint.of(2 + n * 0.25 + i * 0.0013, 45 + i * (0.0021 + n * 0.00037));
        }
        return points;
    }

    private void mark(UserId marker, Sequence sequence, int photo) {
        api.put("/api/v1/sequences/" + uniqueIds.get(sequence.id()) + "/photos/"
                        + sequence.photos().get(photo).key().value() + "/viewpoint")
                .bearer(tokens.get(marker))
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        viewpointsReceived.merge(sequence.id(), 1L, Long::sum);
    }

    @Override
    public void close() {
        mtp.close();
        mapillary.close();
    }
}
