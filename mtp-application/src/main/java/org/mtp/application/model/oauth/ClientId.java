package org.mtp.application.model.oauth;

import java.util.UUID;
import java.util.regex.Pattern;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * Public identifier of an OAuth client. Registration generates a UUID; an operator may choose any 1..100 URL-safe
 * characters (the seed's example {@code 98fgjsjduf89388} included), so the id is compared exactly, never normalized.
 */
public record ClientId(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    /**
     * The web app's own client, created by a migration: sign-in sessions are its tokens. It has no redirect URI, and
     * the authorization, token and revocation endpoints refuse it.
     */
    public static final ClientId FIRST_PARTY = new ClientId("mtp-web");

    public ClientId {
        Require.notNull("client_id", value);
        if (!ALLOWED.matcher(value).matches()) {
            throw new ValidationException("client_id", "must be 1 to 100 letters, digits, '.', '_', '~' or '-'");
        }
    }

    public static ClientId of(String value) {
        return new ClientId(value);
    }

    /** A fresh id for a client registered through the API. */
    public static ClientId random() {
        return new ClientId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
