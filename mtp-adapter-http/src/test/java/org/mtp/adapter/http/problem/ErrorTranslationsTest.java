package org.mtp.adapter.http.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ErrorTranslationsTest {

    @Test
    void codesTaughtByResourcesExtendTheCatalogWithoutChangingTheStandardOne() {
        ErrorTranslations translations = new ErrorTranslations()
                .code("not_published", 409, "Sequence not published")
                .code("not_published", 409, "Sequence not published");

        ProblemCatalog extended = translations.extend(ProblemCatalog.standard());

        assertThat(extended.entry("not_published")).isEqualTo(new ProblemCatalog.Entry(409, "Sequence not published"));
        assertThat(extended.entry("not_found").status()).isEqualTo(404);
        assertThat(ProblemCatalog.standard().entry("not_published").status()).isEqualTo(400);
    }

    @Test
    void aCodeTaughtTwiceWithAnotherMeaningIsAWiringMistake() {
        ErrorTranslations translations = new ErrorTranslations().code("not_published", 409, "Sequence not published");

        assertThatThrownBy(() -> translations.code("not_published", 422, "Other"))
                .isInstanceOf(IllegalStateException.class);
    }
}
