package org.mtp.adapter.http.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mtp.adapter.http.testing.ProblemAssertions.assertProblem;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.http.testing.FeatureFixtures;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.User;

/**
 * A sequence's single read carries a strong entity tag per revision and representation; {@code If-None-Match} with the
 * current one is a 304 without a body, for a viewer who may see the sequence, and a 404 for anyone else.
 */
class ConditionalReadsHttpTest {

    private static final String GEO_JSON = "application/geo+json";
    private static final String GPX = "application/gpx+xml";
    private final RunningApi running = RunningApi.start();
    private final ApiClient client = running.client;
    private final FeatureFixtures fixtures = new FeatureFixtures(running);
    private final User alice = running.user("alice");
    private final User bob = running.user("bob");
    private final Sequence walk = fixtures.published(alice);
    private final String path = "/api/v1/sequences/" + walk.id() + "?client_id=" + RunningApi.WEB;

    @AfterEach
    void stop() {
        running.close();
    }

    private String etag(ApiResponse response) {
        return response.header("etag").orElseThrow();
    }

    private ApiResponse ifNoneMatch(String tags) {
        return client.get(path).header("If-None-Match", tags).send();
    }

    @Test
    void aPublishedSequenceCarriesAStrongTag_varyAccept_andNoCache() {
        ApiResponse read = client.get(path).send();

        assertThat(read.status()).isEqualTo(200);
        assertThat(etag(read)).matches("\"[^\"]+\"");
        assertThat(read.header("vary")).hasValue("Accept");
        assertThat(read.header("cache-control")).hasValue("no-cache");
    }

    @Test
    void theCurrentTag_aListHoldingIt_itsWeakForm_orAStar_isNotModified_withTheSameHeadersAndNoBody() {
        String tag = etag(client.get(path).send());

        for (String condition : new String[] {tag, "\"other\", " + tag, "W/\"x\",W/" + tag, "*"}) {
            ApiResponse notModified = ifNoneMatch(condition);
            assertThat(notModified.status()).as(condition).isEqualTo(304);
            assertThat(notModified.body()).as(condition).isEmpty();
            assertThat(notModified.header("etag")).as(condition).hasValue(tag);
            assertThat(notModified.header("vary")).as(condition).hasValue("Accept");
            assertThat(notModified.header("cache-control")).as(condition).hasValue("no-cache");
        }
    }

    @Test
    void aStaleOrForeignTag_isAnsweredInFull() {
        String tag = etag(client.get(path).send());
        running.platform.services.likes.like(bob.id(), LikeTarget.sequence(walk.id()));

        ApiResponse fresh = ifNoneMatch(tag);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.at("like_count")).isEqualTo(1.0);
        assertThat(etag(fresh)).isNotEqualTo(tag);
        assertThat(ifNoneMatch("\"something-else\"").status()).isEqualTo(200);
        assertThat(ifNoneMatch("not a tag list").status()).isEqualTo(200);
    }

    @Test
    void anEditMovesTheTagOn_andTheOldOneNoLongerMatches() {
        String before = etag(client.get(path).send());

        client.patch("/api/v1/sequences/" + walk.id())
                .bearer(running.token(alice))
                .body(
                        "{\"name\":\"Harbour at dawn\",\"client_id\":\"uploader\"}".getBytes(),
                        "application/merge-patch+json")
                .send();

        ApiResponse after = ifNoneMatch(before);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.at("name")).isEqualTo("Harbour at dawn");
        assertThat(etag(after)).isNotEqualTo(before);
        assertThat(ifNoneMatch(etag(after)).status()).isEqualTo(304);
    }

    @Test
    void eachRepresentationHasItsOwnTag_andOneDoesNotValidateAnother() {
        String json = etag(client.get(path).send());
        String geoJson = etag(client.get(path).accept(GEO_JSON).send());
        String gpx = etag(client.get(path).accept(GPX).send());

        assertThat(Set.of(json, geoJson, gpx)).hasSize(3);
        assertThat(client.get(path)
                        .accept(GEO_JSON)
                        .header("If-None-Match", geoJson)
                        .send()
                        .status())
                .isEqualTo(304);
        assertThat(client.get(path)
                        .accept(GPX)
                        .header("If-None-Match", json)
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDraftIsPrivateToItsOwner_andSomeoneElseGets404_evenWithAStar() {
        Sequence draft = fixtures.draft(alice);
        String draftPath = "/api/v1/sequences/" + draft.id();
        ApiResponse own = client.get(draftPath).bearer(running.token(alice)).send();
        assertThat(own.header("cache-control")).hasValue("private, no-cache");

        ApiResponse ownAgain = client.get(draftPath)
                .bearer(running.token(alice))
                .header("If-None-Match", etag(own))
                .send();
        assertThat(ownAgain.status()).isEqualTo(304);
        assertThat(ownAgain.header("cache-control")).hasValue("private, no-cache");

        assertProblem(
                client.get(draftPath)
                        .bearer(running.token(bob))
                        .header("If-None-Match", "*")
                        .send(),
                404,
                "not_found");
        assertProblem(
                client.get(draftPath + "?client_id=" + RunningApi.WEB)
                        .header("If-None-Match", etag(own))
                        .send(),
                404,
                "not_found");
    }

    @Test
    void anUnknownSequenceIs404_evenWithAStar() {
        Sequence gone = fixtures.published(alice);
        running.platform.services.delete.delete(alice.id(), gone.id());

        assertProblem(
                client.get("/api/v1/sequences/" + gone.id() + "?client_id=" + RunningApi.WEB)
                        .header("If-None-Match", "*")
                        .send(),
                404,
                "not_found");
    }
}
