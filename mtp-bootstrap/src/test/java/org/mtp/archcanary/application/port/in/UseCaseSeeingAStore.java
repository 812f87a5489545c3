package org.mtp.archcanary.application.port.in;

import org.mtp.archcanary.application.port.out.StoreSeeingAUseCase;

/** Canary: an in-port that names an out-port type, which the port rules forbid. */
public interface UseCaseSeeingAStore {
    StoreSeeingAUseCase store();
}
