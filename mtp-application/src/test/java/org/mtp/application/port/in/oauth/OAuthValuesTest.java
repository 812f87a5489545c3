package org.mtp.application.port.in.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.model.oauth.AuthorizationCode;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.ClientSecret;
import org.mtp.application.model.oauth.CodeChallenge;
import org.mtp.application.model.oauth.CodeVerifier;
import org.mtp.application.model.oauth.ResponseType;
import org.mtp.application.model.oauth.Scope;
import org.mtp.application.model.oauth.Scopes;
import org.mtp.application.model.oauth.TokenHash;
import org.mtp.domain.common.ValidationException;

class OAuthValuesTest {

    @Test
    void pkceS256MatchesTheRfc7636AppendixBVector() {
        CodeVerifier verifier = CodeVerifier.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        CodeChallenge challenge = CodeChallenge.of("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

        assertThat(CodeChallenge.s256(verifier)).isEqualTo(challenge);
        assertThat(challenge.isSatisfiedBy(verifier)).isTrue();
        assertThat(challenge.isSatisfiedBy(CodeVerifier.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXK")))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has space has space has space has space has space", "é"})
    void aMalformedVerifierIsRefused(String text) {
        assertThatThrownBy(() -> CodeVerifier.of(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void tokenHashIsTheLowerCaseHexSha256() {
        assertThat(TokenHash.sha256Of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TokenHash.sha256Of("abc").matches(TokenHash.sha256Of("abc"))).isTrue();
        assertThat(TokenHash.sha256Of("abc").matches(TokenHash.sha256Of("abd"))).isFalse();
    }

    @Test
    void secretsNeverPrintThemselves() {
        String secret = "s3cr3t-s3cr3t-s3cr3t";

        assertThat(AccessToken.of(secret).toString()).doesNotContain(secret);
        assertThat(AuthorizationCode.of(secret).toString()).doesNotContain(secret);
        assertThat(ClientSecret.of(secret).toString()).doesNotContain(secret);
        assertThat(CodeVerifier.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
                        .toString())
                .doesNotContain("dBjf");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "has space",
                "tab\tin",
                "a/b",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            })
    void aMalformedClientIdIsRefused(String text) {
        assertThatThrownBy(() -> ClientId.of(text))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("client_id"));
    }

    @Test
    void theSeedsClientIdIsAccepted() {
        assertThat(ClientId.of("98fgjsjduf89388").value()).isEqualTo("98fgjsjduf89388");
    }

    @Test
    void scopesDefaultToBothAndPrintInAFixedOrder() {
        assertThat(Scopes.parse(null)).isEqualTo(Scopes.all());
        assertThat(Scopes.parse("  ")).isEqualTo(Scopes.all());
        assertThat(Scopes.parse("write read").text()).isEqualTo("read write");
        assertThat(Scopes.parse("read")).isEqualTo(Scopes.of(Scope.READ));
        assertThatThrownBy(() -> Scopes.parse("read admin")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Scopes.parse("READ")).isInstanceOf(ValidationException.class);
    }

    @Test
    void responseTypesIncludeTheSeedsImplicit() {
        assertThat(ResponseType.find("token")).contains(ResponseType.TOKEN);
        assertThat(ResponseType.find("implicit")).contains(ResponseType.TOKEN);
        assertThat(ResponseType.find("code")).contains(ResponseType.CODE);
        assertThat(ResponseType.find("Code")).isEmpty();
        assertThat(ResponseType.find(null)).isEmpty();
    }

    @Test
    void accessTokenIdsOrderAsUnsignedBytesLikeADatabase() {
        AccessTokenId low = AccessTokenId.parse("id", "10000000-0000-4000-8000-000000000000");
        AccessTokenId high = AccessTokenId.parse("id", "f0000000-0000-4000-8000-000000000000");

        assertThat(low.compareTo(high)).isNegative();
        assertThat(low.value().compareTo(high.value())).isPositive();
        assertThatThrownBy(() -> AccessTokenId.parse("id", "1-2-3-4-5")).isInstanceOf(ValidationException.class);
    }
}
