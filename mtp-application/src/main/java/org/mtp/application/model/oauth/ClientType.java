package org.mtp.application.model.oauth;

import java.util.Locale;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * RFC 6749 client types: a confidential client can keep a secret (a server), a public one cannot (the desktop uploader,
 * a single-page app), so it gets no secret and must use PKCE with the code grant.
 */
public enum ClientType {
    PUBLIC("public"),
    CONFIDENTIAL("confidential");

    private final String wireName;

    ClientType(String wireName) {
        this.wireName = wireName;
    }

    public static ClientType fromName(String field, String name) {
        Require.notNull(field, name);
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ClientType type : values()) {
            if (type.wireName.equals(wanted)) {
                return type;
            }
        }
        throw new ValidationException(field, "must be 'public' or 'confidential'");
    }

    public String wireName() {
        return wireName;
    }
}
