package org.mtp.application.model.oauth;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * The redirect URIs a client registered: 1..10, without duplicates, in the order given; only the first-party client has
 * none ({@link #none()}), since it never redirects.
 */
public record RedirectUris(List<RedirectUri> values) {

    public static final int MAX = 10;

    public RedirectUris {
        Require.notNull("redirect_uris", values);
        values = List.copyOf(values);
        Require.inRange("redirect_uris", values.size(), 0, MAX);
        if (new HashSet<>(values).size() != values.size()) {
            throw new ValidationException("redirect_uris", "must not repeat a URI");
        }
    }

    public static RedirectUris of(RedirectUri... uris) {
        return new RedirectUris(List.of(uris));
    }

    /** The first-party client's: none. */
    public static RedirectUris none() {
        return new RedirectUris(List.of());
    }

    /** Parses each text, naming the first bad one; a client that registers must give at least one. */
    public static RedirectUris parse(List<String> texts) {
        Require.notNull("redirect_uris", texts);
        Require.inRange("redirect_uris", texts.size(), 1, MAX);
        return new RedirectUris(texts.stream().map(RedirectUri::of).toList());
    }

    /** The registered URI equal to {@code text}, compared as an exact string. */
    public Optional<RedirectUri> find(String text) {
        return values.stream().filter(uri -> uri.value().equals(text)).findFirst();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The one URI when exactly one is registered, so a request may omit {@code redirect_uri}. */
    public Optional<RedirectUri> single() {
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }
}
