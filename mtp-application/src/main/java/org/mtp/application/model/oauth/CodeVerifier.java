package org.mtp.application.model.oauth;

import java.util.regex.Pattern;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** The PKCE secret a client keeps until the token request (RFC 7636 4.1): 43..128 unreserved characters. */
public final class CodeVerifier {

    static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private final String value;

    private CodeVerifier(String value) {
        this.value = value;
    }

    public static CodeVerifier of(String value) {
        Require.notNull("code_verifier", value);
        if (!SHAPE.matcher(value).matches()) {
            throw new ValidationException("code_verifier", "must be 43 to 128 characters of A-Z a-z 0-9 . _ ~ -");
        }
        return new CodeVerifier(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "CodeVerifier[****]";
    }
}
