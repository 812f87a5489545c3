package org.mtp.application.port.in.mapillary;

import java.net.URI;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.domain.user.UserId;

/**
 * Use case: start Mapillary's OAuth flow; returns the authorization URL with a one-time state bound to the user, and,
 * when the web app started it, to the path the callback sends the browser back to. Fails with
 * {@link MapillaryNotConfiguredException} when this server has no Mapillary app.
 */
public interface StartMapillaryConnectionUseCase {

    URI start(UserId actor);

    URI start(UserId actor, ReturnPath returnTo);

    /** Whether this server has a Mapillary app, so that a connection can be started at all. */
    boolean isConfigured();
}
