package org.mtp.archcanary.application.port.out;

import org.mtp.archcanary.application.port.in.UseCaseSeeingAStore;

/** Canary: an out-port that names an in-port type, which the port rules forbid. */
public interface StoreSeeingAUseCase {
    UseCaseSeeingAStore useCase();
}
