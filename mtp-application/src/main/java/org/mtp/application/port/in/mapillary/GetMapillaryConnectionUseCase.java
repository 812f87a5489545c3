package org.mtp.application.port.in.mapillary;

import java.time.Instant;
import java.util.Optional;
import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Use case: which Mapillary account a person has connected, if any, for their account page; never the token. */
public interface GetMapillaryConnectionUseCase {

    Optional<ConnectedAccount> connectionOf(UserId person);

    /** The connected account's Mapillary username and when it was connected. */
    record ConnectedAccount(String mapillaryUsername, Instant connectedAt) {

        public ConnectedAccount {
            Require.notNull("mapillary_username", mapillaryUsername);
            Require.notNull("connectedAt", connectedAt);
        }
    }
}
