package org.mtp.application.port.out.sequence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;

/**
 * Outgoing port for reading sequences: indexed search with a stable order, single summaries, and one sequence whole
 * with its owner's name and counts (for reading, not changing: the repository loads what a use case changes).
 */
public interface SequenceReadModel {

    Page<SequenceSummary> search(SequenceQuery query, PageRequest page);

    Optional<SequenceSummary> summary(SequenceId id);

    /**
     * The summaries of many sequences at once (a page of tours lists a hundred), by id; unknown ids are left out. A
     * store answers in a few statements, never one per id.
     */
    Map<SequenceId, SequenceSummary> summaries(Collection<SequenceId> ids);

    /** The sequence {@code id}, draft or published, with its photos, owner's name, like and viewpoint counts. */
    Optional<StoredSequence> view(SequenceId id);

    /**
     * The stamp of sequence {@code id}, in one primary-key read: its revision moves on with every change to what
     * {@link #view} shows of it (a save, a like or unlike, a viewpoint marked or removed), whichever node made it.
     */
    Optional<SequenceStamp> stamp(SequenceId id);

    /** Whether sequence {@code id} holds photo {@code photo}: one row looked up, not the whole sequence. */
    boolean hasPhoto(SequenceId id, ImageKey photo);
}
