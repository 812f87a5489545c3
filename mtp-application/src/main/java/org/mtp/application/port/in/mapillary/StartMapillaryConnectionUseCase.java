package org.mtp.application.port.in.mapillary;

import java.net.URI;
import org.mtp.domain.user.UserId;

/** Use case: start Mapillary's OAuth flow; returns the authorization URL with a one-time state bound to the user. */
public interface StartMapillaryConnectionUseCase {
    URI start(UserId actor);
}
