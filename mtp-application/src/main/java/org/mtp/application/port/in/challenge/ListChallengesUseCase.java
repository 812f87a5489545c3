package org.mtp.application.port.in.challenge;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.challenge.ChallengeStatus;

/** Use case: list challenges newest first, optionally only those upcoming, active or completed now. */
public interface ListChallengesUseCase {
    Page<ChallengeView> list(ChallengeStatus status, PageRequest page);
}
