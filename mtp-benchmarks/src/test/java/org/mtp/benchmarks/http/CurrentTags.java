package org.mtp.benchmarks.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.OpenApiContract;

/**
 * Load benchmark: each sampled sequence's current JSON entity tag, read through the running service just before the
 * conditional-read scenario (untimed), since the like scenario moves the tags of the sequences it likes.
 */
final class CurrentTags {

    private final ApiClient api;

    CurrentTags(int port) {
        this.api = new ApiClient("http://127.0.0.1:" + port, OpenApiContract.ofServedDocument());
    }

    /** The {@code ETag} of {@code GET /api/v1/sequences/{id}} as JSON, for each of {@code ids}. */
    Map<String, String> of(List<String> ids) {
        Map<String, String> tags = new HashMap<>();
        for (String id : ids) {
            ApiResponse read = api.get("/api/v1/sequences/" + id + "?client_id=" + BenchAccounts.CLIENT_ID)
                    .accept("application/json")
                    .send();
            tags.put(
                    id,
                    read.header("etag")
                            .orElseThrow(() -> new IllegalStateException(
                                    "no ETag on sequence " + id + ": " + read.status() + " " + read.body())));
        }
        return tags;
    }
}
