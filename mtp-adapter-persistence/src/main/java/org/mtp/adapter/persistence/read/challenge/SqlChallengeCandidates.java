package org.mtp.adapter.persistence.read.challenge;

import java.util.function.Consumer;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.application.port.out.challenge.ChallengeCandidates;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.challenge.ChallengeCandidate;

/**
 * Persistence adapter: hands a challenge leaderboard the published sequences that pass {@link ChallengePrefilter} (area
 * box, window, transport, camera, all in SQL) in one streamed query, each row carrying its photos packed; the domain
 * then scores every photo exactly. Rows are decoded and handed to the sink on a second thread while the query streams
 * ({@link DecodingPipeline}).
 */
public final class SqlChallengeCandidates implements ChallengeCandidates {

    /** Candidate rows fetched per round trip; each carries its photos packed (see {@code PhotoTrack}). */
    private static final int FETCH_SIZE = 500;

    private final Jdbc jdbc;

    public SqlChallengeCandidates(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachCandidate(Challenge challenge, Consumer<ChallengeCandidate> sink) {
        Conditions where = ChallengePrefilter.of(challenge, jdbc.database());
        try (DecodingPipeline pipeline = DecodingPipeline.start(sink)) {
            jdbc.forEach(
                    "SELECT s.owner_id, s.transport_type, s.camera_make, s.captured_at, s.track FROM sequences s"
                            + " WHERE " + where.sql(),
                    FETCH_SIZE,
                    row -> pipeline.put(new CandidateRow(
                            row.uuid("owner_id"),
                            row.string("transport_type"),
                            row.string("camera_make"),
                            row.instant("captured_at"),
                            row.bytes("track"))),
                    where.parameters());
            pipeline.finish();
        }
    }
}
