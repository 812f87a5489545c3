package org.mtp.application.port.in.common;

import java.util.function.Function;

/**
 * One field of a partial update (JSON merge patch): keep the current value, or set a new one, where setting null clears
 * an optional field.
 */
public sealed interface Change<T> {

    @SuppressWarnings("unchecked")
    static <T> Change<T> keep() {
        return (Change<T>) Keep.INSTANCE;
    }

    static <T> Change<T> set(T value) {
        return new Set<>(value);
    }

    /** The new value, or {@code current} when kept. */
    T applyTo(T current);

    default <R> Change<R> map(Function<T, R> f) {
        return this instanceof Set<T> s ? new Set<>(s.value() == null ? null : f.apply(s.value())) : keep();
    }

    /** Leave the field as it is. */
    @SuppressWarnings("rawtypes")
    enum Keep implements Change {
        INSTANCE;

        @Override
        public Object applyTo(Object current) {
            return current;
        }
    }

    /** Replace the field's value. */
    record Set<T>(T value) implements Change<T> {
        @Override
        public T applyTo(T current) {
            return value;
        }
    }
}
