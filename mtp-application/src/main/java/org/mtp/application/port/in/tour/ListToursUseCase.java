package org.mtp.application.port.in.tour;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.user.Username;

/** Use case: list tours newest first, optionally one user's. */
public interface ListToursUseCase {
    Page<TourView> list(Username owner, PageRequest page);
}
