package org.mtp.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.OpenApiContract;
import org.mtp.adapter.http.testing.ProblemAssertions;

/**
 * Every route that needs a signed-in user (from the served document: a bearer-only security requirement) against no
 * token, a revoked token, a read-only token, another user's token on owner-only routes and a token sent with another
 * client's {@code client_id}: 401 or 403 with the documented code and a problem body, and no table changed.
 */
class AuthorizationMatrixTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.ofServedDocument();
    private static final Set<String> OWNER_ONLY = Set.of(
            "PUT /api/v1/sequence/import/{unique_id}",
            "PATCH /api/v1/sequences/{id}",
            "DELETE /api/v1/sequences/{id}",
            "PATCH /api/v1/tours/{id}",
            "DELETE /api/v1/tours/{id}",
            "PUT /api/v1/tours/{id}/sequences",
            "POST /api/v1/tours/{id}/sequences",
            "DELETE /api/v1/tours/{id}/sequences/{sequence_id}",
            "PATCH /api/v1/challenges/{id}",
            "DELETE /api/v1/challenges/{id}");
    private static final Set<String> NOT_FOR_OWNER = Set.of(
            "PUT /api/v1/sequences/{id}/like",
            "PUT /api/v1/tours/{id}/like",
            "PUT /api/v1/sequences/{id}/photos/{image_key}/viewpoint");

    @TempDir
    static Path data;

    private static HostileWorld world;
    private static String revoked;
    private static String aliceTokenId;

    @BeforeAll
    static void start() {
        world = new HostileWorld(data);
        revoked = world.signIn(HostileWorld.UPLOADER, "alice", null);
        world.api
                .post("/api/v1/oauth/revoke")
                .form(ApiClient.form("token", revoked, "client_id", HostileWorld.UPLOADER))
                .send(r -> assertThat(r.status()).isEqualTo(200));
        aliceTokenId = (String) world.api
                .get("/api/v1/me/tokens")
                .bearer(world.alice)
                .send()
                .object("items", 0)
                .get("id");
    }

    @AfterAll
    static void stop() {
        if (world != null) {
            world.close();
        }
    }

    /** One cell of the matrix. */
    private record Cell(String operation, String who, String token, String query, int status, String code) {}

    @Test
    void everyUserRouteRefusesEveryWrongCallerAndChangesNothing() {
        List<String> userRoutes = userRoutes();
        assertThat(userRoutes)
                .hasSizeGreaterThanOrEqualTo(25)
                .contains("GET /api/v1/me", "DELETE /api/v1/sequences/{id}");
        assertThat(userRoutes).containsAll(OWNER_ONLY).containsAll(NOT_FOR_OWNER);
        List<Cell> cells = new ArrayList<>();
        for (String operation : userRoutes) {
            cells.add(new Cell(operation, "no token", null, "client_id=" + HostileWorld.UPLOADER, 401, "unauthorized"));
            cells.add(new Cell(operation, "no token, no client", null, "", 401, "invalid_client"));
            cells.add(new Cell(operation, "revoked token", revoked, "", 401, "invalid_token"));
            cells.add(new Cell(operation, "unknown token", "x".repeat(43), "", 401, "invalid_token"));
            cells.add(new Cell(
                    operation,
                    "mismatched client_id",
                    world.alice,
                    "client_id=" + world.otherClient,
                    401,
                    "invalid_client"));
            cells.add(new Cell(operation, "unknown client_id", world.alice, "client_id=nobody", 401, "invalid_client"));
            if (!operation.startsWith("GET ")) {
                cells.add(new Cell(operation, "read-only token", world.aliceRead, "", 403, "insufficient_scope"));
            }
            if (OWNER_ONLY.contains(operation)) {
                cells.add(new Cell(operation, "another user's token", world.bob, "", 403, "forbidden"));
                cells.add(new Cell(
                        operation,
                        "another user's read token",
                        world.bobRead,
                        "",
                        403,
                        operation.startsWith("GET ") ? "forbidden" : "insufficient_scope"));
            }
            if (NOT_FOR_OWNER.contains(operation)) {
                cells.add(new Cell(operation, "the owner", world.alice, "", 403, "forbidden"));
            }
        }
        cells.add(new Cell("DELETE /api/v1/me/tokens/{id}", "another user's token", world.bob, "", 404, "not_found"));

        Map<String, List<String>> before = world.snapshot();
        List<String> failures = new ArrayList<>();
        for (Cell cell : cells) {
            try {
                ApiResponse response = send(cell);
                ProblemAssertions.assertProblem(response, cell.status(), cell.code());
            } catch (AssertionError | RuntimeException e) {
                failures.add(cell.operation() + " with " + cell.who() + ": "
                        + e.getMessage().lines().limit(4).toList());
            }
        }
        assertThat(failures).as("%d cells", cells.size()).isEmpty();
        assertThat(world.snapshot()).isEqualTo(before);
    }

    private static List<String> userRoutes() {
        List<String> routes = new ArrayList<>();
        for (String operation : CONTRACT.operations()) {
            JsonNode security = spec(operation).path("security");
            if (security.size() == 1 && security.get(0).has("bearer")) {
                routes.add(operation);
            }
        }
        return routes;
    }

    private static JsonNode spec(String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        return CONTRACT.document()
                .path("paths")
                .path(operation.substring(method.length() + 1))
                .path(method.toLowerCase());
    }

    private static ApiResponse send(Cell cell) {
        String method = cell.operation().substring(0, cell.operation().indexOf(' '));
        String path = target(cell.operation().substring(method.length() + 1));
        ApiClient.Call call = world.api.method(method, cell.query().isEmpty() ? path : path + "?" + cell.query());
        if (cell.token() != null) {
            call.bearer(cell.token());
        }
        if (spec(cell.operation()).has("requestBody")) {
            call.json(validBody(cell.operation()));
        }
        return call.send();
    }

    private static String target(String path) {
        return path.replace("{unique_id}", world.sequenceId)
                .replace("{sequence_id}", world.sequenceId)
                .replace("{image_key}", world.imageKey)
                .replace("/tours/{id}", "/tours/" + world.tourId)
                .replace("/challenges/{id}", "/challenges/" + world.challengeId)
                .replace("/me/tokens/{id}", "/me/tokens/" + aliceTokenId)
                .replace("{id}", world.sequenceId);
    }

    /** A body the route would accept from the right caller, so only the authorization rule can refuse it. */
    private static String validBody(String operation) {
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[-1,-1],[1,-1],[1,1],[-1,1],[-1,-1]]]}";
        return switch (operation) {
            case "POST /api/v1/clients" ->
                "{\"name\":\"X\",\"redirect_uris\":[\"https://x.example/cb\"],\"type\":\"public\"}";
            case "POST /api/v1/sequence/create" -> "{\"name\":\"n\",\"transport_type\":\"Bicycle\"}";
            case "PUT /api/v1/sequence/import/{unique_id}" ->
                "{\"token\":\"" + HostileWorld.ALICE_MLY.reveal() + "\",\"seq_key\":\"hostileRide01\"}";
            case "POST /api/v1/sequence/import" ->
                "{\"sequence_key\":\"hostileRide02\",\"name\":\"n\",\"transport_type\":\"Bicycle\"}";
            case "PATCH /api/v1/sequences/{id}", "PATCH /api/v1/tours/{id}", "PATCH /api/v1/challenges/{id}" ->
                "{\"name\":\"changed\"}";
            case "POST /api/v1/mapillary/token/verify" ->
                "{\"mapillary_token\":\"" + HostileWorld.ALICE_MLY.reveal() + "\"}";
            case "POST /api/v1/tours" -> "{\"name\":\"t\",\"sequences\":[\"" + world.sequenceId + "\"]}";
            case "PUT /api/v1/tours/{id}/sequences" -> "{\"sequences\":[]}";
            case "POST /api/v1/tours/{id}/sequences" -> "{\"sequence\":\"" + world.sequenceId + "\"}";
            case "POST /api/v1/challenges" ->
                "{\"name\":\"C\",\"area\":" + polygon
                        + ",\"start\":\"2000-01-01\",\"end\":\"2100-12-31\",\"metric\":\"photos\"}";
            default -> throw new AssertionError("no valid body for " + operation + ": add one to this test");
        };
    }
}
