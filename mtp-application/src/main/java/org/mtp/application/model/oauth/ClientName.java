package org.mtp.application.model.oauth;

import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;

/**
 * The name a client shows on the consent page: 1..100 characters after trimming, stored verbatim, escaped on output.
 */
public record ClientName(String value) {

    public ClientName {
        value = Text.requireTrimmed("name", value, 1, Limits.NAME_MAX);
    }

    public static ClientName of(String value) {
        return new ClientName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
