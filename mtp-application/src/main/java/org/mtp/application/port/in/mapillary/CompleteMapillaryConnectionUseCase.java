package org.mtp.application.port.in.mapillary;

import org.mtp.domain.sequence.MapillaryUser;

/** Use case: finish the flow from Mapillary's callback: check the state once, exchange the code, store the token. */
public interface CompleteMapillaryConnectionUseCase {
    MapillaryUser complete(String code, String state);
}
