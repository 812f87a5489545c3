package org.mtp.application.port.in.mapillary;

import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.user.UserId;

/** Use case: verify a Mapillary token the user holds (the uploader has one) and store it for them. */
public interface VerifyMapillaryTokenUseCase {
    MapillaryUser verifyAndStore(UserId actor, MapillaryToken token);
}
