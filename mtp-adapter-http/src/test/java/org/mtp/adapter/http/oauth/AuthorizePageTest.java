package org.mtp.adapter.http.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizePageTest {

    @Test
    void theSignUpLinkComesBackToTheSameAuthorizationRequest() {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("client_id", "uploader");
        request.put("redirect_uri", "app.mtp.desktop://app");
        request.put("state", "a&b=c");

        String url = AuthorizePage.signUpUrl(request);

        assertThat(url).startsWith("/sign-up?return_to=%2Fapi%2Fv1%2Fauthorize%3F");
        assertThat(URLDecoder.decode(url.substring("/sign-up?return_to=".length()), StandardCharsets.UTF_8))
                .isEqualTo("/api/v1/authorize?client_id=uploader&redirect_uri=app.mtp.desktop%3A%2F%2Fapp"
                        + "&state=a%26b%3Dc");
    }
}
