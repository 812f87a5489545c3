package org.mtp.adapter.persistence.write.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeChanges;
import org.mtp.domain.challenge.TestChallenges;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.geo.TestAreas;
import org.mtp.domain.transport.TransportType;

/** Entity and domain mapping of challenges, without a database: areas come back exactly, kind included. */
class ChallengeMapperTest {

    private static List<Object> fieldsOf(Challenge c) {
        return List.of(c.id(), c.owner(), c.settings(), c.createdAt());
    }

    private static Challenge with(Area area) {
        return TestChallenges.challenge(ChallengeChanges.none()
                .withArea(area)
                .withTransportTypes(Set.of(TransportType.WATER, TransportType.WALK))
                .withCameraMakes(Set.of(CameraMake.of("GoPro"), CameraMake.of("DJI"))));
    }

    @Test
    void aPolygonWithAHoleMapsToNumberedPositionsAndBack() {
        Challenge challenge = with(TestAreas.squareWithHole());

        ChallengeJpaEntity entity = ChallengeMapper.toJpaEntity(challenge);

        assertThat(entity.getAreaKind()).isEqualTo(ChallengeMapper.POLYGON);
        assertThat(entity.getArea()).hasSize(10);
        assertThat(entity.getArea().get(5)).isEqualTo(new AreaPositionJpaValue(0, 1, 0, 3, 3));
        assertThat(List.of(entity.getMinLon(), entity.getMinLat(), entity.getMaxLon(), entity.getMaxLat()))
                .containsExactly(0.0, 0.0, 10.0, 10.0);
        assertThat(entity.getTransportTypes()).containsExactly("WALK", "WATER");
        assertThat(entity.getCameraMakes())
                .containsExactly(
                        new ChallengeCameraMakeJpaValue("DJI", "dji"),
                        new ChallengeCameraMakeJpaValue("GoPro", "gopro"));
        assertThat(fieldsOf(ChallengeMapper.toModelEntity(entity))).isEqualTo(fieldsOf(challenge));
    }

    @Test
    void multiPolygonsMapBackExactlyAndStayMultiPolygonsWithOneMember() {
        Polygon irregular = Polygon.ofCoordinates(List.of(List.of(
                GeoPoint.of(170.123456789, -10),
                GeoPoint.of(180, -10),
                GeoPoint.of(180, 10.5),
                GeoPoint.of(170.123456789, -10))));
        for (Area area : List.<Area>of(
                MultiPolygon.of(List.of(TestAreas.squareWithHole(), irregular)), MultiPolygon.of(List.of(irregular)))) {
            Challenge challenge = with(area);

            ChallengeJpaEntity entity = ChallengeMapper.toJpaEntity(challenge);

            assertThat(entity.getAreaKind()).isEqualTo(ChallengeMapper.MULTIPOLYGON);
            Challenge back = ChallengeMapper.toModelEntity(entity);
            assertThat(back.area()).isInstanceOf(MultiPolygon.class).isEqualTo(area);
            assertThat(fieldsOf(back)).isEqualTo(fieldsOf(challenge));
        }
    }

    @Test
    void positionsAreRebuiltIntoRingsByTheirNumbers() {
        Polygon square = TestAreas.rectangle(1, 1, 2, 2);

        Area back = ChallengeMapper.areaOf(ChallengeMapper.POLYGON, ChallengeMapper.positionsOf(square));

        assertThat(back).isEqualTo(square);
        assertThat(((Polygon) back).shell()).isEqualTo(LinearRing.of(TestAreas.rectanglePositions(1, 1, 2, 2)));
    }
}
