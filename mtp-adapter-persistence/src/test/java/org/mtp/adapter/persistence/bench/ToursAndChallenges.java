package org.mtp.adapter.persistence.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.SequenceStores;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeFilters;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeSettings;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Benchmark support: the tours and challenges of a data set, written through the stores as the use cases write them:
 * one tour per ten users (each with 2 to 20 of its owner's published sequences in capture order) and 60 challenges of
 * areas from a city's to a country's, a third each completed, active and upcoming on the day they are made.
 */
final class ToursAndChallenges {

    static final int CHALLENGES = 60;
    private static final int MAX_TOUR_SEQUENCES = 20;

    private final Random random = new Random(DatasetGenerator.SEED + 2);
    private final BenchmarkSize size;

    ToursAndChallenges(BenchmarkSize size) {
        this.size = size;
    }

    void add(PersistenceContext context, Connection c) throws SQLException {
        Map<UUID, List<UUID>> byOwner = publishedByOwner(c);
        List<UUID> owners = new ArrayList<>(byOwner.keySet());
        SequenceStores stores = SequenceStores.create(context);
        Instant now = Instant.now();
        context.unitOfWork().run(() -> {
            for (int i = 0; i < size.users / 10; i++) {
                UUID owner = owners.get(random.nextInt(owners.size()));
                List<UUID> own = byOwner.get(owner);
                int first = random.nextInt(own.size());
                int count = Math.min(own.size() - first, 2 + random.nextInt(MAX_TOUR_SEQUENCES - 1));
                List<SequenceId> sequences = own.subList(first, first + count).stream()
                        .map(SequenceId::of)
                        .toList();
                stores.tours()
                        .save(Tour.reconstitute(
                                TourId.of(new UUID(random.nextLong(), random.nextLong())),
                                UserId.of(owner),
                                TourDetails.of(
                                        word() + " tour " + i,
                                        "A generated tour.",
                                        Tags.of(List.of(word().replace(' ', '-')))),
                                sequences,
                                now.minusSeconds(i),
                                now.minusSeconds(i)));
            }
            for (int i = 0; i < CHALLENGES; i++) {
                stores.challenges().save(challenge(i, owners.get(random.nextInt(owners.size())), now));
            }
        });
    }

    private Challenge challenge(int i, UUID owner, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        TimeRange window = switch (i % 3) {
            case 0 -> TimeRange.ofDates(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
            case 1 -> TimeRange.ofDates(LocalDate.of(2022, 1, 1), today.plusYears(1));
            default -> TimeRange.ofDates(today.plusMonths(1), today.plusMonths(2));
        };
        double span = 0.1 + random.nextDouble() * (i % 4 == 0 ? 8 : 1.5);
        double lon = DatasetGenerator.MIN_LON + random.nextDouble() * (DatasetGenerator.LON_SPAN - span);
        double lat = DatasetGenerator.MIN_LAT + random.nextDouble() * (DatasetGenerator.LAT_SPAN - span);
        Polygon area = Polygon.ofCoordinates(List.of(List.of(
                GeoPoint.of(lon, lat),
                GeoPoint.of(lon + span, lat),
                GeoPoint.of(lon + span, lat + span),
                GeoPoint.of(lon, lat + span),
                GeoPoint.of(lon, lat))));
        ChallengeFilters filters = switch (i % 5) {
            case 0 -> ChallengeFilters.of(Set.of(TransportType.values()[i % TransportType.values().length]), Set.of());
            case 1 -> ChallengeFilters.of(Set.of(), Set.of(CameraMake.of(DatasetGenerator.MAKES.get(i % 3))));
            default -> ChallengeFilters.NONE;
        };
        return Challenge.create(
                ChallengeId.of(new UUID(random.nextLong(), random.nextLong())),
                UserId.of(owner),
                new ChallengeSettings(
                        word() + " challenge " + i,
                        "A generated challenge.",
                        area,
                        window,
                        filters,
                        i % 2 == 0 ? ChallengeMetric.PHOTOS : ChallengeMetric.DISTANCE),
                now.minusSeconds(i));
    }

    private String word() {
        return DatasetGenerator.WORDS.get(random.nextInt(DatasetGenerator.WORDS.size()));
    }

    private static Map<UUID, List<UUID>> publishedByOwner(Connection c) throws SQLException {
        Map<UUID, List<UUID>> byOwner = new LinkedHashMap<>();
        try (Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("SELECT owner_id, id FROM sequences WHERE status = 'PUBLISHED'"
                        + " ORDER BY owner_id, captured_at, id")) {
            while (rows.next()) {
                byOwner.computeIfAbsent(rows.getObject(1, UUID.class), o -> new ArrayList<>())
                        .add(rows.getObject(2, UUID.class));
            }
        }
        c.rollback();
        return byOwner;
    }
}
