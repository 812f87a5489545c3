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
import org.mtp.domain.event.DomainEvent;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * Contract test support: the base of every contract over a {@link StoreWorld}. A subclass only says how to build a
 * fresh, empty world; each test gets its own. Writes go as the use cases make them: to the store, and what changed to
 * the derived data, in the caller's unit of work.
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
        run(() -> save(sequence));
        return sequence;
    }

    /** Saves {@code sequence} and hands over what it recorded; inside a unit of work. */
    protected void save(Sequence sequence) {
        world.sequences().save(sequence);
        world.derivedData().record(sequence.takeEvents());
    }

    /** Deletes sequence {@code id} as its owner does, if it is there; inside a unit of work. */
    protected void delete(SequenceId id) {
        world.sequences().findById(id).ifPresent(s -> {
            s.delete(s.owner());
            world.derivedData().record(s.takeEvents());
            world.sequences().delete(id);
        });
    }

    /** Adds {@code like}, handing the fact over if it was new; inside a unit of work. */
    protected boolean addLike(Like like) {
        boolean added = world.likes().add(like);
        if (added) {
            world.derivedData().record(new DomainEvent.Liked(like.target(), like.user()));
        }
        return added;
    }

    /** Removes a like, handing the fact over if it was there; inside a unit of work. */
    protected boolean removeLike(UserId user, LikeTarget target) {
        boolean removed = world.likes().remove(user, target);
        if (removed) {
            world.derivedData().record(new DomainEvent.Unliked(target, user));
        }
        return removed;
    }

    /** Adds {@code viewpoint}, handing the fact over if it was new; inside a unit of work. */
    protected boolean addViewpoint(Viewpoint viewpoint) {
        boolean added = world.viewpoints().add(viewpoint);
        if (added) {
            world.derivedData().record(viewpoint.marked());
        }
        return added;
    }

    /** Removes a viewpoint, handing the fact over if it was there; inside a unit of work. */
    protected boolean removeViewpoint(UserId marker, SequenceId sequence, ImageKey photo) {
        boolean removed = world.viewpoints().remove(marker, sequence, photo);
        if (removed) {
            world.derivedData().record(new DomainEvent.ViewpointRemoved(sequence, photo, marker));
        }
        return removed;
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
