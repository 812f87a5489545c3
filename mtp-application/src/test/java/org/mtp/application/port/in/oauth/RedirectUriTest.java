package org.mtp.application.port.in.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.RedirectUris;
import org.mtp.domain.common.ValidationException;

class RedirectUriTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "app.mtp.desktop://app",
                "https://tools.example.org/cb?x=1",
                "http://localhost:8080/cb",
                "http://127.0.0.1/cb",
                "http://[::1]:9000/",
                "com.example.app://oauth/callback"
            })
    void customSchemesHttpsAndLoopbackHttpAreAccepted(String uri) {
        assertThat(RedirectUri.of(uri).value()).isEqualTo(uri);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript://x/%0aalert(1)",
                "JavaScript://x",
                "data://text/html,hi",
                "file:///etc/passwd",
                "vbscript://x",
                "/relative/path",
                "mailto:someone@example.org",
                "https://example.org/cb#frag",
                "http://example.org/cb",
                "https://exa mple.org/",
                "https://example.org/\u00e9",
                "",
                "app:no-authority"
            })
    void dangerousRelativeOpaqueFragmentOrPlainHttpUrisAreRefused(String uri) {
        assertThatThrownBy(() -> RedirectUri.of(uri))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("redirect_uri"));
    }

    @Test
    void aSetOfUrisIsOneToTenWithoutRepeats() {
        assertThatThrownBy(() -> RedirectUris.parse(List.of())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RedirectUris.parse(List.of("app.mtp.desktop://app", "app.mtp.desktop://app")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RedirectUris.parse(Collections.nCopies(11, "x")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void findComparesExactlyAndSingleNeedsExactlyOne() {
        RedirectUris one = RedirectUris.parse(List.of("app.mtp.desktop://app"));
        RedirectUris two = RedirectUris.parse(List.of("app.mtp.desktop://app", "https://example.org/cb"));

        assertThat(one.find("app.mtp.desktop://app")).isPresent();
        assertThat(one.find("app.mtp.desktop://app/")).isEmpty();
        assertThat(one.find("APP.mtp.desktop://app")).isEmpty();
        assertThat(one.single()).contains(RedirectUri.of("app.mtp.desktop://app"));
        assertThat(two.single()).isEmpty();
    }
}
