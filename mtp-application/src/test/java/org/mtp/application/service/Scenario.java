package org.mtp.application.service;

import static org.mtp.domain.TestUsers.usernameOf;

import org.mtp.application.fake.InMemoryStores;
import org.mtp.application.fake.TestServices;
import org.mtp.domain.TestUsers;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;

/**
 * A small world for use-case tests: four users and helpers that store sequences directly, handing what they recorded to
 * the derived data as the use cases do.
 */
final class Scenario {

    final TestServices app = new TestServices();
    final InMemoryStores stores = app.stores;

    Scenario() {
        for (UserId u : new UserId[] {TestUsers.alice(), TestUsers.bob(), TestUsers.carol(), TestUsers.dave()}) {
            stores.users.register(u, usernameOf(u));
        }
    }

    Sequence store(Sequence s) {
        stores.unitOfWork.run(() -> {
            stores.sequences.save(s);
            stores.derived.record(s.takeEvents());
        });
        return s;
    }
}
