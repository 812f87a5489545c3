package org.mtp.application.port.in.sequence;

import java.util.Optional;
import org.mtp.application.model.importing.ImportJob;
import org.mtp.application.model.importing.ImportJobId;
import org.mtp.domain.user.UserId;

/** Use case: the state of one of the person's background imports; someone else's is not found. */
public interface GetImportUseCase {

    Optional<ImportJob> importOf(UserId actor, ImportJobId id);
}
