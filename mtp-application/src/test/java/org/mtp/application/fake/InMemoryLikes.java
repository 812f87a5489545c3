package org.mtp.application.fake;

import java.util.HashSet;
import java.util.Set;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.domain.like.Like;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.user.UserId;

/** Test double of the like store: a set of (user, target) pairs. */
public final class InMemoryLikes implements LikeStore, InMemoryData.Transactional {

    private record Key(UserId user, LikeTarget target) {}

    private Set<Key> likes = new HashSet<>();

    public InMemoryLikes(InMemoryData data) {
        data.register(this);
    }

    @Override
    public synchronized boolean add(Like like) {
        return likes.add(new Key(like.user(), like.target()));
    }

    @Override
    public synchronized boolean remove(UserId user, LikeTarget target) {
        return likes.remove(new Key(user, target));
    }

    @Override
    public synchronized boolean exists(UserId user, LikeTarget target) {
        return likes.contains(new Key(user, target));
    }

    synchronized void removeAll(LikeTarget target) {
        likes.removeIf(k -> k.target().equals(target));
    }

    @Override
    public synchronized Object snapshot() {
        return new HashSet<>(likes);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        likes = new HashSet<>((Set<Key>) snapshot);
    }
}
