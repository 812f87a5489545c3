package org.mtp.application.model.oauth;

import java.util.Optional;

/** The grant an authorization request asks for: an access token at once (implicit) or a one-time code. */
public enum ResponseType {
    TOKEN,
    CODE;

    /** {@code token} and the seed's {@code implicit} mean the implicit grant; {@code code} the code grant. */
    public static Optional<ResponseType> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name) {
            case "token", "implicit" -> Optional.of(TOKEN);
            case "code" -> Optional.of(CODE);
            default -> Optional.empty();
        };
    }
}
