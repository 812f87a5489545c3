package org.mtp.adapter.http.challenge;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mtp.adapter.http.geo.GeoJson;
import org.mtp.adapter.http.geo.GeoJsonArea;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.transport.TransportType;

/**
 * A challenge on the wire: its area as a GeoJSON geometry, its window {@code [start, end)}, its filters (empty lists
 * admit everything), the metric it ranks by, and its status now.
 */
public record ChallengeJson(
        UUID uniqueId,
        String name,
        String description,
        String username,
        GeoJson.Geometry area,
        Instant start,
        Instant end,
        List<String> transportTypes,
        List<String> cameraMakes,
        String metric,
        String status,
        Instant createdAt) {

    public static ChallengeJson from(ChallengeView view) {
        Challenge c = view.challenge();
        return new ChallengeJson(
                c.id().value(),
                c.name(),
                c.description().orElse(null),
                view.ownerName().value(),
                GeoJsonArea.write(c.area()),
                c.window().from(),
                c.window().to(),
                c.transportTypes().stream().map(TransportType::displayName).toList(),
                c.cameraMakes().stream().map(CameraMake::name).toList(),
                lower(c.metric().name()),
                lower(view.status().name()),
                c.createdAt());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
