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

/** Failures any use case may raise reach the client as 4xx, however a store reports them. */
class ApplicationFailuresHttpTest {

  private static final ApiResource RACING = routes -> routes.post("/test/race").access(Access.PUBLIC)
      .handle(exchange -> {
        throw new ConcurrentUpdateException("optimistic lock on sequence 42", new IllegalStateException("row"));
      });
  private final RunningApi running = RunningApi.startWith(RACING);

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
}
