package org.mtp.application.port.in.mapillary;

import java.util.Optional;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.domain.sequence.MapillaryUser;

/** Use case: finish the flow from Mapillary's callback: check the state once, exchange the code, store the token. */
public interface CompleteMapillaryConnectionUseCase {

    MapillaryUser complete(String code, String state);

    /**
     * Where the web app asked the callback of {@code state} to send the browser back; empty when an API client started
     * it, or the state is unknown, used or expired.
     */
    Optional<ReturnPath> returnPathOf(String state);

    /** The person refused the grant on Mapillary: uses the state up and stores nothing. */
    void decline(String state);
}
