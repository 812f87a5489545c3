package org.mtp.adapter.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.Temporal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mtp.application.fake.InMemoryStores;

/**
 * What the in-memory stores hold at one moment, for "nothing changed" assertions. The stores keep aggregates as copies
 * that only a save replaces, and aggregates are equal by id alone; so a stored aggregate must be the very same object
 * as before, while values (records, strings, instants, collections of them) compare by equality.
 */
public final class StoreState {

    private final Object contents;

    private StoreState(Object contents) {
        this.contents = contents;
    }

    public static StoreState of(InMemoryStores stores) {
        return new StoreState(stores.contents());
    }

    /** Fails unless every store holds exactly what it held at {@code before}. */
    public static void assertUnchangedSince(StoreState before, InMemoryStores stores) {
        assertThat(same(before.contents, stores.contents()))
                .as("the stores are unchanged")
                .isTrue();
    }

    /** Fails when no store changed since {@code before}: a check that the "unchanged" assertion can fail. */
    public static void assertChangedSince(StoreState before, InMemoryStores stores) {
        assertThat(same(before.contents, stores.contents()))
                .as("some store changed")
                .isFalse();
    }

    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            if (left.size() != right.size()) {
                return false;
            }
            Iterator<?> other = right.iterator();
            return left.stream().allMatch(item -> same(item, other.next()));
        }
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            return left.keySet().equals(right.keySet())
                    && left.entrySet().stream().allMatch(entry -> same(entry.getValue(), right.get(entry.getKey())));
        }
        if (a instanceof Set<?>
                || a instanceof Record
                || a instanceof String
                || a instanceof Number
                || a instanceof Enum<?>
                || a instanceof Temporal) {
            return a.equals(b);
        }
        return false;
    }
}
