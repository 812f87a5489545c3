package org.mtp.application.model.oauth;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** A non-empty set of scopes; its text form is the RFC 6749 space-separated list in a fixed order. */
public record Scopes(Set<Scope> values) {

    public Scopes {
        Require.notNull("scope", values);
        Require.that(!values.isEmpty(), "scope", "must name at least one scope");
        values = Set.copyOf(values);
    }

    /** Both scopes: what a request that names none gets. */
    public static Scopes all() {
        return new Scopes(EnumSet.allOf(Scope.class));
    }

    public static Scopes of(Scope first, Scope... rest) {
        return new Scopes(EnumSet.of(first, rest));
    }

    /** Parses a space-separated list (RFC 6749 3.3); null or blank means all scopes; an unknown name is refused. */
    public static Scopes parse(String text) {
        if (text == null || text.isBlank()) {
            return all();
        }
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : text.strip().split(" +")) {
            scopes.add(Scope.find(name)
                    .orElseThrow(() -> new ValidationException("scope", "has an unknown scope: " + name)));
        }
        return new Scopes(scopes);
    }

    public boolean includes(Scope scope) {
        return values.contains(scope);
    }

    /** The wire form, for example {@code "read write"}. */
    public String text() {
        return Arrays.stream(Scope.values())
                .filter(values::contains)
                .map(Scope::wireName)
                .collect(Collectors.joining(" "));
    }

    @Override
    public String toString() {
        return text();
    }
}
