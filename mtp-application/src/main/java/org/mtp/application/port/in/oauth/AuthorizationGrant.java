package org.mtp.application.port.in.oauth;

import org.mtp.application.model.oauth.AuthorizationCode;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.domain.common.Require;

/** What an approved authorization request yields, to be delivered to {@link #redirectUri()}. */
public sealed interface AuthorizationGrant {

    RedirectUri redirectUri();

    /** The implicit grant: the access token itself, delivered in the redirect's fragment. */
    record Implicit(RedirectUri redirectUri, IssuedAccessToken token) implements AuthorizationGrant {
        public Implicit {
            Require.notNull("redirect_uri", redirectUri);
            Require.notNull("token", token);
        }
    }

    /** The code grant: a one-time code, delivered in the redirect's query. */
    record Code(RedirectUri redirectUri, AuthorizationCode code) implements AuthorizationGrant {
        public Code {
            Require.notNull("redirect_uri", redirectUri);
            Require.notNull("code", code);
        }
    }
}
