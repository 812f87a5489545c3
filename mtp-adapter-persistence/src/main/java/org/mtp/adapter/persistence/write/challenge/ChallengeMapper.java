package org.mtp.adapter.persistence.write.challenge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeFilters;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeSettings;
import org.mtp.domain.geo.Area;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.geo.LinearRing;
import org.mtp.domain.geo.MultiPolygon;
import org.mtp.domain.geo.Polygon;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Persistence adapter: maps the challenge aggregate to its rows and back. The area becomes positions numbered by
 * polygon, ring (0 the shell, then the holes) and position, exactly as given, plus its kind and bounding box;
 * rebuilding goes through the domain's own validation, as stored data is trusted no more than input.
 */
final class ChallengeMapper {

    static final String POLYGON = "POLYGON";
    static final String MULTIPOLYGON = "MULTIPOLYGON";

    private ChallengeMapper() {}

    static ChallengeJpaEntity toJpaEntity(Challenge challenge) {
        ChallengeJpaEntity entity =
                new ChallengeJpaEntity(challenge.id().value(), challenge.owner().value(), challenge.createdAt());
        copySettings(challenge, entity);
        return entity;
    }

    /** Everything the owner may edit; unchanged child lists are left alone. */
    static void copySettings(Challenge challenge, ChallengeJpaEntity entity) {
        ChallengeSettings settings = challenge.settings();
        entity.setDetails(settings.name(), settings.description());
        entity.setWindow(settings.window().from(), settings.window().to());
        entity.setMetric(settings.metric().name());
        entity.setTransportTypes(settings.filters().transportTypes().stream()
                .map(TransportType::name)
                .sorted()
                .toList());
        entity.setCameraMakes(settings.filters().cameraMakes().stream()
                .map(make -> new ChallengeCameraMakeJpaValue(make.name(), make.normalized()))
                .sorted(Comparator.comparing(ChallengeCameraMakeJpaValue::cameraMakeKey))
                .toList());
        Area area = settings.area();
        BoundingBox box = area.bounds();
        entity.setArea(
                area instanceof MultiPolygon ? MULTIPOLYGON : POLYGON,
                positionsOf(area),
                box.minLon(),
                box.minLat(),
                box.maxLon(),
                box.maxLat());
    }

    static List<AreaPositionJpaValue> positionsOf(Area area) {
        List<AreaPositionJpaValue> rows = new ArrayList<>(area.positionCount());
        List<Polygon> polygons = area.polygons();
        for (int p = 0; p < polygons.size(); p++) {
            List<LinearRing> rings = polygons.get(p).rings();
            for (int r = 0; r < rings.size(); r++) {
                List<GeoPoint> positions = rings.get(r).positions();
                for (int i = 0; i < positions.size(); i++) {
                    rows.add(new AreaPositionJpaValue(
                            p, r, i, positions.get(i).lon(), positions.get(i).lat()));
                }
            }
        }
        return rows;
    }

    static Challenge toModelEntity(ChallengeJpaEntity entity) {
        Set<TransportType> types = EnumSet.noneOf(TransportType.class);
        entity.getTransportTypes().forEach(name -> types.add(TransportType.valueOf(name)));
        Set<CameraMake> makes = new LinkedHashSet<>();
        entity.getCameraMakes().forEach(make -> makes.add(CameraMake.of(make.cameraMake())));
        ChallengeSettings settings = new ChallengeSettings(
                entity.getName(),
                entity.getDescription(),
                areaOf(entity.getAreaKind(), entity.getArea()),
                TimeRange.of(entity.getStartAt(), entity.getEndAt()),
                ChallengeFilters.of(types, makes),
                ChallengeMetric.valueOf(entity.getMetric()));
        return Challenge.reconstitute(
                ChallengeId.of(entity.getId()), UserId.of(entity.getOwnerId()), settings, entity.getCreatedAt());
    }

    /** Rebuilds the area from positions ordered by polygon, ring and position. */
    static Area areaOf(String kind, List<AreaPositionJpaValue> positions) {
        List<List<List<GeoPoint>>> polygons = new ArrayList<>();
        for (AreaPositionJpaValue position : positions) {
            while (polygons.size() <= position.polygonIndex()) {
                polygons.add(new ArrayList<>());
            }
            List<List<GeoPoint>> rings = polygons.get(position.polygonIndex());
            while (rings.size() <= position.ringIndex()) {
                rings.add(new ArrayList<>());
            }
            rings.get(position.ringIndex()).add(GeoPoint.of(position.lon(), position.lat()));
        }
        return switch (kind) {
            case POLYGON -> {
                if (polygons.size() != 1) {
                    throw new IllegalStateException("a stored polygon has " + polygons.size() + " members");
                }
                yield Polygon.ofCoordinates(polygons.get(0));
            }
            case MULTIPOLYGON -> MultiPolygon.ofCoordinates(polygons);
            default -> throw new IllegalStateException("unknown area kind " + kind);
        };
    }
}
