package org.mtp.adapter.http.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Translations of exception types the HTTP layer does not know by itself into {@link ApiException}s, so a resource
 * can teach the central mapping its own failures (part 2: the Mapillary port's exceptions, with {@code Retry-After}).
 */
public final class ErrorTranslations {

  private final Map<Class<? extends Exception>, Function<Exception, ApiException>> translations =
      new LinkedHashMap<>();

  public <E extends Exception> ErrorTranslations translate(Class<E> type, Function<? super E, ApiException> how) {
    translations.put(type, failure -> how.apply(type.cast(failure)));
    return this;
  }

  Map<Class<? extends Exception>, Function<Exception, ApiException>> all() {
    return Map.copyOf(translations);
  }
}
