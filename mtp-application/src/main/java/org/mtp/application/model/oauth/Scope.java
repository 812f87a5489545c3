package org.mtp.application.model.oauth;

import java.util.Optional;

/** What a token may do: {@code read} for every GET, {@code write} for every change. */
public enum Scope {
    READ("read"),
    WRITE("write");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<Scope> find(String name) {
        for (Scope scope : values()) {
            if (scope.wireName.equals(name)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return wireName;
    }
}
