package org.mtp.application.model.page;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a stably ordered list, with the cursor of the next page when there is one. */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), nextCursor);
    }
}
