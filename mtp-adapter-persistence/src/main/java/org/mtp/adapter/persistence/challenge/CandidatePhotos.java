package org.mtp.adapter.persistence.challenge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.CompassAngle;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;

/**
 * Persistence adapter: the photos of many sequences at once, in order, for the domain's exact challenge rules: one
 * statement per {@value #SEQUENCES_PER_QUERY} sequences (read off the photos' primary key), never one per sequence.
 */
public final class CandidatePhotos {

  public static final int SEQUENCES_PER_QUERY = 500;

  private CandidatePhotos() {}

  /** Photos by sequence, each list in track order; {@code sequences} may be any length. */
  public static Map<UUID, List<Photo>> load(Jdbc jdbc, List<UUID> sequences) {
    Map<UUID, List<Photo>> photos = new HashMap<>();
    for (int from = 0; from < sequences.size(); from += SEQUENCES_PER_QUERY) {
      List<UUID> chunk = sequences.subList(from, Math.min(sequences.size(), from + SEQUENCES_PER_QUERY));
      jdbc.forEach("SELECT p.sequence_id, p.image_key, p.lon, p.lat, p.compass_angle, p.captured_at FROM photos p"
          + " WHERE p.sequence_id IN (" + Conditions.placeholders(chunk.size()) + ")"
          + " ORDER BY p.sequence_id, p.position", 5_000, row -> {
            Double angle = row.nullableDecimal("compass_angle");
            photos.computeIfAbsent(row.uuid("sequence_id"), id -> new ArrayList<>()).add(new Photo(
                ImageKey.of(row.string("image_key")), GeoPoint.of(row.decimal("lon"), row.decimal("lat")),
                angle == null ? null : CompassAngle.of(angle), row.instant("captured_at")));
          }, chunk.toArray());
    }
    return photos;
  }
}
