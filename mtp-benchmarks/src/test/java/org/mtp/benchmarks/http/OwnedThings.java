package org.mtp.benchmarks.http;

import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.OpenApiContract;

/**
 * Load benchmark: what each signed-up person of the run owns before timing starts, made through the REST API as the
 * uploader and other apps make it: drafts (the uploader's create), a tour and a challenge, so the pages only an owner
 * sees (drafts, edit and delete forms, a tour with its owner's controls) can be measured.
 */
record OwnedThings(List<List<String>> drafts, List<String> tours, List<String> challenges) {

    static final int DRAFTS_EACH = 5;

    private static final String AREA =
            "{\"type\":\"Polygon\",\"coordinates\":[[[2.2,48.8],[2.5,48.8],[2.5,48.95]," + "[2.2,48.95],[2.2,48.8]]]}";

    /** One person's things for each of {@code tokens}, in the same order. */
    static OwnedThings make(int port, List<String> tokens) {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port, OpenApiContract.ofServedDocument());
        List<List<String>> drafts = new ArrayList<>();
        List<String> tours = new ArrayList<>();
        List<String> challenges = new ArrayList<>();
        for (String token : tokens) {
            List<String> own = new ArrayList<>();
            for (int i = 0; i < DRAFTS_EACH; i++) {
                own.add(id(
                        api.post("/api/v1/sequence/create")
                                .bearer(token)
                                .multipart(
                                        "name", "Load draft " + i,
                                        "description", "Made by the load benchmark.",
                                        "transport_type", "Walk",
                                        "tag", "load,bench")
                                .send(),
                        "unique_id"));
            }
            drafts.add(own);
            tours.add(id(
                    api.post("/api/v1/tours")
                            .bearer(token)
                            .json("{\"name\":\"Load tour\",\"description\":\"Made by the load benchmark.\","
                                    + "\"tags\":[\"load\"],\"sequences\":[]}")
                            .send(),
                    "unique_id"));
            challenges.add(id(
                    api.post("/api/v1/challenges")
                            .bearer(token)
                            .json("{\"name\":\"Load challenge\",\"area\":" + AREA
                                    + ",\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"}")
                            .send(),
                    "unique_id"));
        }
        return new OwnedThings(drafts, tours, challenges);
    }

    private static String id(ApiResponse created, String member) {
        if ((created.status() != 201 && created.status() != 200) || created.text(member) == null) {
            throw new IllegalStateException(
                    "making the load benchmark's things: " + created.status() + " " + created.body());
        }
        return created.text(member);
    }
}
