package org.mtp.application.port.in.sequence;

import org.mtp.application.model.importing.ImportJobId;

/**
 * Use case: import one of the person's Mapillary sequences in the background. Answers at once with the import's id
 * after the quick checks (nobody has the sequence yet, the daily limit not reached, each failing as the one-step import
 * does); the import's state is then read with {@link GetImportUseCase}.
 */
public interface StartImportUseCase {

    ImportJobId startImport(ImportSequenceUseCase.Command command);
}
