package org.mtp.adapter.http.testing;

import java.util.function.UnaryOperator;
import org.mtp.application.fake.FakeMapillaryGateway;
import org.mtp.application.fake.InMemoryStores;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.User;

/**
 * Test data for the feature routes (sequences to challenges), put straight into the in-memory stores and the fake
 * Mapillary: published sequences and drafts of signed-up users, Mapillary accounts with their tokens, Mapillary
 * sequences to import.
 */
public final class FeatureFixtures {

    private final InMemoryStores stores;

    public FeatureFixtures(RunningApi running) {
        this.stores = running.stores;
    }

    /** A published sequence of {@code owner}: the defaults of {@link TestSequences#aSequence()}, tuned. */
    public Sequence published(User owner, UnaryOperator<TestSequences.Builder> tune) {
        return store(tune.apply(TestSequences.aSequence().owner(owner.id())).build());
    }

    /** Alice's default walk (0,0) → (0,1) → (0,2), 222.390 km, for {@code owner}. */
    public Sequence published(User owner) {
        return published(owner, builder -> builder);
    }

    public Sequence draft(User owner, UnaryOperator<TestSequences.Builder> tune) {
        return store(tune.apply(TestSequences.aSequence().owner(owner.id())).buildDraft());
    }

    public Sequence draft(User owner) {
        return draft(owner, builder -> builder);
    }

    /** {@code owner}'s account on the fake Mapillary, reachable with the returned token. */
    public MapillaryToken mapillaryAccount(User owner) {
        MapillaryToken token = tokenOf(owner);
        mapillary().addUser(mapillaryUserOf(owner), token);
        return token;
    }

    public static MapillaryToken tokenOf(User owner) {
        return MapillaryToken.of("mly-token-of-" + owner.username().value());
    }

    public static MapillaryUser mapillaryUserOf(User owner) {
        return TestSequences.mapillaryUserOf(owner.id());
    }

    /** A sequence of {@code owner}'s Mapillary account on the fake Mapillary, one photo per point a second apart. */
    public MapillarySequence onMapillary(User owner, String key, GeoPoint... points) {
        return onMapillary(TestSequences.aSequence()
                .owner(owner.id())
                .key(key)
                .points(points)
                .mapillary());
    }

    public MapillarySequence onMapillary(MapillarySequence sequence) {
        mapillary().addSequence(sequence);
        return sequence;
    }

    public FakeMapillaryGateway mapillary() {
        return stores.mapillary;
    }

    /** Stores {@code sequence} and hands what it recorded to the derived data, as the use cases do. */
    private Sequence store(Sequence sequence) {
        stores.unitOfWork.run(() -> {
            stores.sequences.save(sequence);
            stores.derived.record(sequence.takeEvents());
        });
        return sequence;
    }
}
