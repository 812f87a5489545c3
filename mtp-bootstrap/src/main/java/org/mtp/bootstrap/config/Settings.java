package org.mtp.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Typed access to settings: the process environment first, then the {@code .env} file, then the default. Every parse
 * failure becomes a {@link ConfigException} naming the setting.
 */
public final class Settings {

    private final Map<String, String> environment;
    private final Map<String, String> dotEnv;

    public Settings(Map<String, String> environment, Map<String, String> dotEnv) {
        this.environment = Map.copyOf(environment);
        this.dotEnv = Map.copyOf(dotEnv);
    }

    public Optional<String> raw(String name) {
        String value = environment.get(name);
        if (value == null) {
            value = dotEnv.get(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String string(String name, String fallback) {
        return raw(name).orElse(fallback);
    }

    public int integer(String name, int fallback, int min, int max) {
        return raw(name).map(v -> parseInt(name, v, min, max)).orElse(fallback);
    }

    public OptionalInt optionalInteger(String name, int min, int max) {
        return raw(name).map(v -> OptionalInt.of(parseInt(name, v, min, max))).orElse(OptionalInt.empty());
    }

    public Duration millis(String name, Duration fallback, long minMs, long maxMs) {
        return raw(name)
                .map(v -> Duration.ofMillis(parseLong(name, v, minMs, maxMs)))
                .orElse(fallback);
    }

    public URI url(String name, String fallback) {
        String value = raw(name).orElse(fallback);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ConfigException(name, "must be an http or https URL, was '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(name, "must be an http or https URL, was '" + value + "'");
        }
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        return raw(name)
                .map(v -> {
                    for (E e : type.getEnumConstants()) {
                        if (e.name().equalsIgnoreCase(v)) {
                            return e;
                        }
                    }
                    throw new ConfigException(
                            name,
                            "must be one of "
                                    + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", was '" + v
                                    + "'");
                })
                .orElse(fallback);
    }

    private static int parseInt(String name, String value, int min, int max) {
        return (int) parseLong(name, value, min, max);
    }

    private static long parseLong(String name, String value, long min, long max) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed < min || parsed > max) {
                throw new ConfigException(name, "must be between " + min + " and " + max + ", was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(name, "must be a whole number, was '" + value + "'");
        }
    }
}
