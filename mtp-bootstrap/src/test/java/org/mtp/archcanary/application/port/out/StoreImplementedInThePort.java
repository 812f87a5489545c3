package org.mtp.archcanary.application.port.out;

import org.mtp.archcanary.application.port.in.UseCaseSeeingAStore;

/** Canary: an implementation of a port kept in a port package, which the port rules forbid. */
public final class StoreImplementedInThePort implements StoreSeeingAUseCase {
    @Override
    public UseCaseSeeingAStore useCase() {
        return null;
    }
}
