package org.mtp.adapter.persistence.write.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.adapter.persistence.Database;
import org.mtp.adapter.persistence.PersistenceContext;
import org.mtp.adapter.persistence.SequenceStores;
import org.mtp.adapter.persistence.testing.PersistenceExtension;
import org.mtp.adapter.persistence.testing.Sql;
import org.mtp.adapter.persistence.testing.TestRows;
import org.mtp.domain.TestSequences;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;

/**
 * A sequence deleted while {@code findById} reads it. The row and its photos are read by two statements, and under READ
 * COMMITTED a deletion committed between them shows the second a published row whose photos are gone (the crash test's
 * load met it: a like answered 400 "a Mapillary sequence must have at least one photo"). The repository answers
 * "absent", which the deletion made true, never an aggregate that breaks the domain's rules.
 */
class SequenceDeletedWhileReadTest {

    @RegisterExtension
    static final PersistenceExtension DB = new PersistenceExtension();

    @ParameterizedTest
    @EnumSource(Database.class)
    void aPublishedRowWhosePhotosAreAlreadyGone_isReadAsAbsent(Database database) throws Exception {
        PersistenceContext context = DB.context(database);
        SequenceStores stores = SequenceStores.create(context);
        UserId owner = UserId.of(TestRows.user(
                context.dataSource(), "reader_" + UUID.randomUUID().toString().substring(0, 8)));
        Sequence sequence = TestSequences.aSequence().owner(owner).build();
        context.unitOfWork().run(() -> stores.sequences().save(sequence));
        // what the second statement of a read sees when the deletion commits between the two
        Sql.update(
                context.dataSource(),
                "DELETE FROM photos WHERE sequence_id = ?",
                sequence.id().value());

        assertThat(context.unitOfWork().inTransaction(() -> stores.sequences().findById(sequence.id())))
                .isEmpty();
        assertThat(context.unitOfWork().reading(() -> stores.sequenceReadModel().view(sequence.id())))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aWholeSequenceAndADraft_areReadAsStored(Database database) throws Exception {
        PersistenceContext context = DB.context(database);
        SequenceStores stores = SequenceStores.create(context);
        UserId owner = UserId.of(TestRows.user(
                context.dataSource(), "whole_" + UUID.randomUUID().toString().substring(0, 8)));
        Sequence published =
                TestSequences.aSequence().owner(owner).tags("river,dawn").build();
        Sequence draft = TestSequences.aSequence().owner(owner).buildDraft();
        context.unitOfWork().run(() -> {
            stores.sequences().save(published);
            stores.sequences().save(draft);
        });

        assertThat(context.unitOfWork().inTransaction(() -> stores.sequences().findById(published.id())))
                .hasValueSatisfying(s -> {
                    assertThat(s.photos()).isEqualTo(published.photos());
                    assertThat(s.details().tags()).isEqualTo(published.details().tags());
                });
        assertThat(context.unitOfWork().inTransaction(() -> stores.sequences().findById(draft.id())))
                .isPresent();
        assertThat(context.unitOfWork().reading(() -> stores.sequenceReadModel().view(published.id())))
                .hasValueSatisfying(v -> assertThat(v.sequence().photos()).isEqualTo(published.photos()));
        assertThat(context.unitOfWork().reading(() -> stores.sequenceReadModel().view(draft.id())))
                .isPresent();
    }
}
