package org.mtp.application.model.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** A PKCE S256 challenge (RFC 7636 4.2): base64url of the SHA-256 of the verifier, 43 characters without padding. */
public record CodeChallenge(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public CodeChallenge {
        Require.notNull("code_challenge", value);
        if (!SHAPE.matcher(value).matches()) {
            throw new ValidationException(
                    "code_challenge", "must be the 43-character base64url SHA-256 of the verifier");
        }
    }

    public static CodeChallenge of(String value) {
        return new CodeChallenge(value);
    }

    /** The challenge a client derives from {@code verifier} with method S256. */
    public static CodeChallenge s256(CodeVerifier verifier) {
        byte[] digest = TokenHash.sha256(verifier.reveal().getBytes(StandardCharsets.US_ASCII));
        return new CodeChallenge(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    /** True when {@code verifier} hashes to this challenge; compared in constant time. */
    public boolean isSatisfiedBy(CodeVerifier verifier) {
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.US_ASCII), s256(verifier).value.getBytes(StandardCharsets.US_ASCII));
    }
}
