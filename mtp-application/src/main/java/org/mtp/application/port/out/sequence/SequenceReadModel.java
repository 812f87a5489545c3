package org.mtp.application.port.out.sequence;

import java.util.Optional;
import org.mtp.application.port.out.page.Page;
import org.mtp.application.port.out.page.PageRequest;
import org.mtp.domain.sequence.SequenceId;

/** Outgoing port for reading sequences as lists: indexed search with a stable order, and single summaries. */
public interface SequenceReadModel {

  Page<SequenceSummary> search(SequenceQuery query, PageRequest page);

  Optional<SequenceSummary> summary(SequenceId id);
}
