package org.mtp.adapter.http.sequence;

import java.util.Objects;
import org.mtp.application.port.in.sequence.AttachMapillaryUseCase;
import org.mtp.application.port.in.sequence.CreateDraftUseCase;
import org.mtp.application.port.in.sequence.DeleteSequenceUseCase;
import org.mtp.application.port.in.sequence.EditSequenceUseCase;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;

/** The sequence use cases {@link SequencesResource} serves. */
public record SequenceUseCases(CreateDraftUseCase createDraft, AttachMapillaryUseCase attach,
    ImportSequenceUseCase importSequence, SearchSequencesUseCase search, GetSequenceUseCase get,
    EditSequenceUseCase edit, DeleteSequenceUseCase delete) {

  public SequenceUseCases {
    Objects.requireNonNull(createDraft, "createDraft");
    Objects.requireNonNull(attach, "attach");
    Objects.requireNonNull(importSequence, "importSequence");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(edit, "edit");
    Objects.requireNonNull(delete, "delete");
  }
}
