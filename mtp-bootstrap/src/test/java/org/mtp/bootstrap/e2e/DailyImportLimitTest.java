package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;
import org.mtp.domain.TestSequences;
import org.mtp.domain.TestUsers;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.user.UserId;

/**
 * The daily import limit on the real stores, H2 and PostgreSQL: the uploader's import up to the limit publishes, the
 * next one is a 429 with {@code Retry-After} and leaves the draft a draft. (Counting outside a unit of work once made
 * every import a 500 as soon as a limit was set; the in-memory fakes did not notice.)
 */
class DailyImportLimitTest {

    private static final UserId ALICE = TestUsers.alice();
    private static final MapillaryToken TOKEN = MapillaryToken.of("MLYaliceDailyLimitToken");

    @TempDir
    Path data;

    private final FakeMapillaryServer mapillary = new FakeMapillaryServer().start();
    private RunningService mtp;

    @AfterEach
    void stop() {
        if (mtp != null) {
            mtp.close();
        }
        mapillary.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void importsUpToTheLimitPublish_theNextIsRefusedWithRetryAfter_andItsDraftStaysADraft(String database) {
        Map<String, String> settings = database.equals("h2")
                ? RunningService.h2Settings(data, mapillary)
                : RunningService.postgresSettings(data, mapillary);
        settings.put("MTP_DAILY_IMPORT_LIMIT", "1");
        mtp = RunningService.on(settings);
        ApiClient api = mtp.client();
        String token = Accounts.withUploader(mtp)
                .signUpAndSignIn(TestUsers.usernameOf(ALICE).value());
        mapillary.addUser(TestSequences.mapillaryUserOf(ALICE), TOKEN);

        ApiResponse first = attach(api, token, "limitSeq0001");
        ApiResponse second = attach(api, token, "limitSeq0002");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(429);
        assertThat(second.text("code")).isEqualTo("import_limit_reached");
        assertThat(second.header("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 86_400L));
        assertThat(api.get("/api/v1/sequences?status=draft")
                        .bearer(token)
                        .send()
                        .array("items"))
                .hasSize(1);
    }

    /** Creates a draft and attaches Mapillary sequence {@code key} the uploader's way. */
    private ApiResponse attach(ApiClient api, String token, String key) {
        mapillary.addSequence(TestSequences.aSequence()
                .owner(ALICE)
                .key(key)
                .points(GeoPoint.of(10, 45), GeoPoint.of(10.001, 45.001))
                .mapillary());
        String uniqueId = api.post("/api/v1/sequence/create")
                .bearer(token)
                .form(ApiClient.form("name", "Limited " + key, "transport_type", "Walk"))
                .send(r -> assertThat(r.status()).as(r.body()).isEqualTo(201))
                .text("unique_id");
        return api.put("/api/v1/sequence/import/" + uniqueId)
                .bearer(token)
                .json("{\"token\":\"" + TOKEN.reveal() + "\",\"seq_key\":\"" + key + "\"}")
                .send();
    }
}
