package org.mtp.adapter.persistence.challenge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.application.port.out.challenge.ChallengeCandidates;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeCandidate;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * Persistence adapter: hands a challenge leaderboard the published sequences that pass {@link ChallengePrefilter}
 * (area box, window, transport, camera, all in SQL), with their photos loaded in bulk; the domain then scores every
 * photo exactly.
 */
public final class JpaChallengeCandidates implements ChallengeCandidates {

  private final Jdbc jdbc;

  public JpaChallengeCandidates(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void forEachCandidate(Challenge challenge, Consumer<ChallengeCandidate> sink) {
    Conditions where = ChallengePrefilter.of(challenge, jdbc.database());
    List<Head> heads = jdbc.list("SELECT s.id, s.owner_id, s.transport_type, s.camera_make, s.captured_at"
        + " FROM sequences s WHERE " + where.sql() + " ORDER BY s.id", row -> new Head(row.uuid("id"),
            row.uuid("owner_id"), row.string("transport_type"), row.string("camera_make"), row.instant("captured_at")),
        where.parameters());
    for (int from = 0; from < heads.size(); from += CandidatePhotos.SEQUENCES_PER_QUERY) {
      List<Head> chunk = heads.subList(from, Math.min(heads.size(), from + CandidatePhotos.SEQUENCES_PER_QUERY));
      Map<UUID, List<Photo>> photos = CandidatePhotos.load(jdbc, chunk.stream().map(Head::id).toList());
      for (Head head : chunk) {
        sink.accept(head.candidate(photos.getOrDefault(head.id(), List.of())));
      }
    }
  }

  /** A candidate sequence's row, before its photos are loaded. */
  private record Head(UUID id, UUID owner, String transportType, String cameraMake, Instant capturedAt) {
    ChallengeCandidate candidate(List<Photo> photos) {
      return new ChallengeCandidate(UserId.of(owner), TransportType.valueOf(transportType),
          cameraMake == null ? null : CameraMake.of(cameraMake), capturedAt, photos);
    }
  }
}
