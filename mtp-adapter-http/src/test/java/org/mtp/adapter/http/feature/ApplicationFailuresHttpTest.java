package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.application.port.out.transaction.ConcurrentUpdateException;
import org.mtp.application.port.out.transaction.StoreUnavailableException;

/**
 * Failures any use case may raise reach the client as a 409 for a lost race and a 503 for an unreachable store, however
 * a store reports them, and without the store's own words.
 */
class ApplicationFailuresHttpTest {

    private static final ApiResource RACING =
            routes -> routes.post("/test/race").access(Access.PUBLIC).handle(exchange -> {
                throw new ConcurrentUpdateException("optimistic lock on sequence 42", new IllegalStateException("row"));
            });
    private static final ApiResource DATABASE_DOWN =
            routes -> routes.get("/test/down").access(Access.PUBLIC).handle(exchange -> {
                throw new StoreUnavailableException(
                        "the database could not be reached",
                        new IllegalStateException("Connection to db.internal:5432 refused"));
            });
    private final RunningApi running = RunningApi.startWith(RACING, DATABASE_DOWN);

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aConcurrentUpdateIsA409ConflictWithoutTheStoresWords() {
        ApiResponse response = running.client.post("/test/race").json("{}").send();

        assertProblem(response, 409, "conflict");
        assertThat(response.text("detail")).contains("try again").doesNotContain("optimistic", "row");
    }

    @Test
    void anUnavailableStoreIsA503WithRetryAfterWithoutTheStoresWords() {
        ApiResponse response = running.client.get("/test/down").send();

        assertProblem(response, 503, "database_unavailable");
        assertThat(response.header("Retry-After")).hasValue("5");
        assertThat(response.text("title")).isEqualTo("Database unavailable");
        assertThat(response.text("detail")).contains("try again").doesNotContain("5432", "refused", "db.internal");
    }
}
