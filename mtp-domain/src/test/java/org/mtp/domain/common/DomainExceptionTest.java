package org.mtp.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tests: Typed failures carry a stable code and the data adapters need. */
class DomainExceptionTest {

    @Test
    void validationFailureNamesItsFieldAndCode() {
        ValidationException e = new ValidationException("email", "must be an email address");

        assertThat(e.field()).isEqualTo("email");
        assertThat(e.code()).isEqualTo("validation_failed");
        assertThat(e).hasMessage("'email' must be an email address");
    }

    @Test
    void notOwnerIsForbiddenAndNamesTheItemKind() {
        NotOwnerException e = new NotOwnerException("tour");

        assertThat(e.itemKind()).isEqualTo("tour");
        assertThat(e.code()).isEqualTo("forbidden");
        assertThat(e).hasMessage("only the owner of this tour may change it");
    }

    @Test
    void businessFailuresCarryNoStackTraceOrCause() {
        ValidationException e = new ValidationException("f", "m");

        assertThat(e.getStackTrace()).isEmpty();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void limitsQuoteTheDocumentedMaxima() {
        assertThat(Limits.USERNAME_MIN).isEqualTo(3);
        assertThat(Limits.USERNAME_MAX).isEqualTo(30);
        assertThat(Limits.PASSWORD_MIN).isEqualTo(8);
        assertThat(Limits.PASSWORD_MAX).isEqualTo(1024);
        assertThat(Limits.NAME_MAX).isEqualTo(100);
        assertThat(Limits.DESCRIPTION_MAX).isEqualTo(10_000);
        assertThat(Limits.TAG_MAX_LENGTH).isEqualTo(50);
        assertThat(Limits.TAGS_PER_ITEM).isEqualTo(20);
    }
}
