package org.mtp.adapter.persistence.write.viewpoint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.SequenceStores;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.domain.TestSequences;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;
import org.mtp.domain.viewpoint.Viewpoint;

/**
 * A viewpoint marked or removed on a sequence deleted after the use case read it (the crash test's load met it: a
 * viewpoint racing a deletion answered 500): the store finds the row gone under its lock and answers "not found".
 */
class ViewpointOnDeletedSequenceTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    @ParameterizedTest
    @EnumSource(Database.class)
    void markingOrRemovingOnASequenceDeletedSince_isNotFound(Database database) throws Exception {
        PersistenceContext context = DB.context(database);
        SequenceStores stores = SequenceStores.create(context);
        UserId owner = UserId.of(TestRows.user(
                context.dataSource(), "owner_" + UUID.randomUUID().toString().substring(0, 8)));
        UserId marker = UserId.of(TestRows.user(
                context.dataSource(), "marker_" + UUID.randomUUID().toString().substring(0, 8)));
        Sequence sequence = TestSequences.aSequence().owner(owner).build();
        context.unitOfWork().run(() -> stores.sequences().save(sequence));
        Viewpoint viewpoint =
                sequence.viewpointBy(marker, sequence.photos().get(0).key(), Instant.now());
        context.unitOfWork().run(() -> stores.sequences().delete(sequence.id()));

        assertThatThrownBy(
                        () -> context.unitOfWork().run(() -> stores.viewpoints().add(viewpoint)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> context.unitOfWork()
                        .run(() -> stores.viewpoints().remove(marker, sequence.id(), viewpoint.photo())))
                .isInstanceOf(NotFoundException.class);
    }
}
