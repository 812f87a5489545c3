package org.mtp.adapter.persistence.write.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.TestRows;

/** The challenge mapping on both databases: filters and a multi-polygon area with a hole come back in order. */
class ChallengeJpaMappingTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAChallengeWithAnAreaOfTwoPolygonsAndAHole_whenLoaded_thenEveryPositionComesBackInOrder(Database database)
            throws SQLException {
        PersistenceContext context = DB.context(database);
        UUID owner = TestRows.user(context.dataSource(), "organiser");
        UUID id = UUID.randomUUID();
        List<AreaPositionJpaValue> area = area();
        List<AreaPositionJpaValue> shuffled = new ArrayList<>(area);
        Collections.shuffle(shuffled, new Random(7));
        context.unitOfWork().run(() -> {
            ChallengeJpaEntity challenge = new ChallengeJpaEntity(id, owner, TestRows.T0);
            challenge.setDetails("Paris 2024", "Photos <i>inside</i> the ring road");
            challenge.setWindow(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"));
            challenge.setMetric("DISTANCE");
            challenge.setTransportTypes(List.of("WALK", "BICYCLE"));
            challenge.setCameraMakes(List.of(new ChallengeCameraMakeJpaValue("GoPro", "gopro")));
            challenge.setArea("MULTIPOLYGON", shuffled, 2.0, 48.0, 13.0, 53.0);
            context.entityManagers().current().persist(challenge);
        });

        ChallengeJpaEntity loaded = context.unitOfWork().inTransaction(() -> {
            ChallengeJpaEntity challenge = context.entityManagers().current().find(ChallengeJpaEntity.class, id);
            challenge.getArea().size();
            challenge.getTransportTypes().size();
            challenge.getCameraMakes().size();
            return challenge;
        });

        assertThat(loaded.getArea()).containsExactlyElementsOf(area);
        assertThat(loaded.getTransportTypes()).containsExactly("BICYCLE", "WALK");
        assertThat(loaded.getCameraMakes()).containsExactly(new ChallengeCameraMakeJpaValue("GoPro", "gopro"));
        assertThat(loaded.getEndAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(loaded.getMaxLat()).isEqualTo(53.0);
    }

    /** Polygon 0: a square with a square hole; polygon 1: a triangle. Rings closed. */
    private static List<AreaPositionJpaValue> area() {
        double[][][][] polygons = {
            {{{2, 48}, {3, 48}, {3, 49}, {2, 49}, {2, 48}}, {{2.4, 48.4}, {2.6, 48.4}, {2.6, 48.6}, {2.4, 48.4}}},
            {{{12, 52}, {13, 52}, {12.5, 53}, {12, 52}}}
        };
        List<AreaPositionJpaValue> positions = new ArrayList<>();
        for (int p = 0; p < polygons.length; p++) {
            for (int r = 0; r < polygons[p].length; r++) {
                for (int i = 0; i < polygons[p][r].length; i++) {
                    positions.add(new AreaPositionJpaValue(p, r, i, polygons[p][r][i][0], polygons[p][r][i][1]));
                }
            }
        }
        return positions;
    }
}
