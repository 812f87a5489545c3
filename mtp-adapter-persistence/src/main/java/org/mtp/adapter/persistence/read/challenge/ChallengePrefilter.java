package org.mtp.adapter.persistence.read.challenge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeFilters;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.transport.TransportType;

/**
 * Persistence adapter: the SQL conditions (on sequences aliased {@code s}) that every sequence with a photo a challenge
 * counts satisfies, so that they may cut the candidates without ever dropping one. Each mirrors a rule of the domain's
 * scoring: a counting photo lies in the area, so within its bounding box, and so does the sequence's box overlap it; a
 * photo at longitude -180 also counts for an area touching 180 and the other way round (the antimeridian rule), so
 * those twin boxes are tried as well; its time (or the sequence's) lies in the window, so the span of the photos' times
 * overlaps the window; the transport type and camera make pass the filters.
 */
public final class ChallengePrefilter {

    private static final double ANTIMERIDIAN = 180.0;

    private ChallengePrefilter() {}

    public static Conditions of(Challenge challenge, Database database) {
        Conditions where = new Conditions().and("s.status = 'PUBLISHED'");
        BoxOverlap overlap = BoxOverlap.anyOf(boxesToTry(challenge.area().bounds()), database);
        where.and(overlap.sql(), overlap.parameters());
        where.and(
                "s.photos_from < ? AND s.photos_to >= ?",
                challenge.window().to(),
                challenge.window().from());
        ChallengeFilters filters = challenge.settings().filters();
        if (!filters.transportTypes().isEmpty()) {
            where.andIn(
                    "s.transport_type",
                    Arrays.stream(TransportType.values())
                            .filter(filters::admitsTransport)
                            .map(TransportType::name)
                            .toList());
        }
        if (!filters.cameraMakes().isEmpty()) {
            where.andIn(
                    "s.camera_make_key",
                    filters.cameraMakes().stream().map(CameraMake::normalized).toList());
        }
        return where;
    }

    /** The area's box, plus a line at the other side of the antimeridian where the box touches it. */
    private static List<BoundingBox> boxesToTry(BoundingBox area) {
        List<BoundingBox> boxes = new ArrayList<>();
        boxes.add(area);
        if (area.maxLon() == ANTIMERIDIAN) {
            boxes.add(new BoundingBox(-ANTIMERIDIAN, area.minLat(), -ANTIMERIDIAN, area.maxLat()));
        }
        if (area.minLon() == -ANTIMERIDIAN) {
            boxes.add(new BoundingBox(ANTIMERIDIAN, area.minLat(), ANTIMERIDIAN, area.maxLat()));
        }
        return boxes;
    }
}
