package org.mtp.adapter.persistence.read.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.persistence.write.sequence.PhotoTrack;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.challenge.ChallengeCandidate;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.user.UserId;

class DecodingPipelineTest {

    private static CandidateRow row(UUID owner, String transport) {
        return new CandidateRow(
                owner,
                transport,
                "GoPro",
                TestPhotos.FIRST_SHOT,
                PhotoTrack.encode(List.of(TestPhotos.photo("k1", 1, 2), TestPhotos.photo("k2", 1.001, 2))));
    }

    @Test
    void everyRowReachesTheSinkDecodedAndInOrder_beforeFinishReturns() {
        List<UUID> owners = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            owners.add(UUID.randomUUID());
        }
        List<ChallengeCandidate> seen = new ArrayList<>();

        try (DecodingPipeline pipeline = DecodingPipeline.start(seen::add)) {
            owners.forEach(owner -> pipeline.put(row(owner, "BICYCLE")));
            pipeline.finish();
        }

        assertThat(seen)
                .extracting(ChallengeCandidate::owner)
                .containsExactlyElementsOf(owners.stream().map(UserId::of).toList());
        assertThat(seen.get(0).photos()).hasSize(2);
    }

    @Test
    void aFailureOfTheSinkReachesTheCaller_andStopsTheDecoder() {
        RuntimeException boom = new IllegalStateException("boom");
        List<ChallengeCandidate> seen = new ArrayList<>();

        assertThatThrownBy(() -> {
                    try (DecodingPipeline pipeline = DecodingPipeline.start(candidate -> {
                        seen.add(candidate);
                        throw boom;
                    })) {
                        for (int i = 0; i < 10_000; i++) {
                            pipeline.put(row(UUID.randomUUID(), "BICYCLE"));
                        }
                        pipeline.finish();
                    }
                })
                .isSameAs(boom);
        assertThat(seen).hasSize(1);
    }

    @Test
    void aRowThatCannotBeDecodedFailsTheWholeRead() {
        assertThatThrownBy(() -> {
                    try (DecodingPipeline pipeline = DecodingPipeline.start(candidate -> {})) {
                        pipeline.put(row(UUID.randomUUID(), "NO_SUCH_TRANSPORT"));
                        pipeline.finish();
                    }
                })
                .isInstanceOfAny(IllegalArgumentException.class, ValidationException.class);
    }

    @Test
    void closingWithoutFinishing_afterTheCallerFailed_stopsTheDecoder() throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        DecodingPipeline pipeline = DecodingPipeline.start(candidate -> reached.countDown());
        pipeline.put(row(UUID.randomUUID(), "BICYCLE"));
        reached.await();

        pipeline.close();

        assertThatThrownBy(() -> pipeline.put(row(UUID.randomUUID(), "BICYCLE")))
                .isInstanceOf(IllegalStateException.class);
    }
}
