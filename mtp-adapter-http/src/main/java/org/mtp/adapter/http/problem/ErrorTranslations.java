package org.mtp.adapter.http.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.mtp.domain.common.DomainException;

/**
 * What resources teach the central error mapping about their own failures: machine codes with their status and title
 * (added to the {@link ProblemCatalog}), translations of exception types the HTTP layer does not know (the Mapillary
 * port's, with {@code Retry-After}), and translations of business failures by their {@code code()} when the answer
 * needs more than a status (a header computed from the failure).
 */
public final class ErrorTranslations {

    private final Map<Class<? extends Exception>, Function<Exception, ApiException>> translations =
            new LinkedHashMap<>();
    private final Map<String, Function<DomainException, ApiException>> byCode = new LinkedHashMap<>();
    private final Map<String, ProblemCatalog.Entry> codes = new LinkedHashMap<>();

    public <E extends Exception> ErrorTranslations translate(Class<E> type, Function<? super E, ApiException> how) {
        translations.put(type, failure -> how.apply(type.cast(failure)));
        return this;
    }

    /** Answers a business failure of this {@code code} with {@code how} instead of the catalog's plain entry. */
    public ErrorTranslations translateCode(String code, Function<DomainException, ApiException> how) {
        byCode.put(code, how);
        return this;
    }

    /** Adds a machine code to the catalog; the same code taught twice must mean the same. */
    public ErrorTranslations code(String code, int status, String title) {
        ProblemCatalog.Entry entry = new ProblemCatalog.Entry(status, title);
        ProblemCatalog.Entry earlier = codes.putIfAbsent(code, entry);
        if (earlier != null && !earlier.equals(entry)) {
            throw new IllegalStateException("code " + code + " taught twice with different meanings");
        }
        return this;
    }

    Map<Class<? extends Exception>, Function<Exception, ApiException>> all() {
        return Map.copyOf(translations);
    }

    Function<DomainException, ApiException> forCode(String code) {
        return byCode.get(code);
    }

    /** {@code catalog} plus every code taught here. */
    public ProblemCatalog extend(ProblemCatalog catalog) {
        ProblemCatalog extended = catalog;
        for (Map.Entry<String, ProblemCatalog.Entry> entry : codes.entrySet()) {
            extended = extended.with(
                    entry.getKey(), entry.getValue().status(), entry.getValue().title());
        }
        return extended;
    }
}
