package org.mtp.adapter.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemCatalogTest {

    @ParameterizedTest
    @CsvSource({
        "validation_failed,400",
        "invalid_client,401",
        "invalid_token,401",
        "insufficient_scope,403",
        "forbidden,403",
        "not_found,404",
        "conflict,409",
        "payload_too_large,413",
        "invalid_grant,400",
        "a_code_nobody_registered,400"
    })
    void eachCodeAnswersWithItsStatusAndAnUnknownBusinessCodeIsAClientError(String code, int status) {
        assertThat(ProblemCatalog.standard().entry(code).status()).isEqualTo(status);
    }

    @Test
    void aResourceCanAddCodesWithoutChangingTheStandardCatalog() {
        ProblemCatalog extended =
                ProblemCatalog.standard().with("mapillary_token_invalid", 422, "Mapillary token invalid");

        assertThat(extended.entry("mapillary_token_invalid").status()).isEqualTo(422);
        assertThat(ProblemCatalog.standard().entry("mapillary_token_invalid").status())
                .isEqualTo(400);
    }

    @Test
    void aCodeOutsideTheCatalogIsTitledByItsStatus() {
        assertThat(ProblemCatalog.standard().title("upstream_busy", 503)).isEqualTo("Service unavailable");
        assertThat(ProblemCatalog.standard().title("not_found", 404)).isEqualTo("Not found");
        assertThat(ProblemCatalog.titleForStatus(418)).isEqualTo("Bad request");
    }
}
