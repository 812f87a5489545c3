package org.mtp.application.port.out.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.TestSequences;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * Contract test support: the base of every contract over a {@link StoreWorld}. A subclass only says how to build a
 * fresh, empty world; each test gets its own.
 */
public abstract class StoreContractSupport {

    protected StoreWorld world;

    /** A fresh world with no data at all. */
    protected abstract StoreWorld newWorld();

    @BeforeEach
    void setUpWorld() {
        world = newWorld();
    }

    protected <T> T tx(Supplier<T> work) {
        return world.unitOfWork().inTransaction(work);
    }

    protected void run(Runnable work) {
        world.unitOfWork().run(work);
    }

    /** A new user named {@code username}. */
    protected UserId user(String username) {
        UserId id = UserId.of(UUID.randomUUID());
        world.addUser(id, Username.of(username));
        return id;
    }

    /** Saves {@code sequence} in its own transaction and returns it. */
    protected Sequence stored(Sequence sequence) {
        run(() -> world.sequences().save(sequence));
        return sequence;
    }

    /** A published default sequence (three photos, 222,390 m) of {@code owner}, stored. */
    protected Sequence storedPublished(UserId owner) {
        return stored(TestSequences.published(owner));
    }

    /** Every item of a paged list, following the cursors. */
    protected static <T> List<T> allPages(int limit, Function<PageRequest, Page<T>> read) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int guard = 0; guard < 10_000; guard++) {
            Page<T> page = read.apply(request);
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            request = new PageRequest(limit, page.nextCursor());
        }
        throw new IllegalStateException("the pages never end");
    }
}
