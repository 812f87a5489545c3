package org.mtp.application.service.mapillary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.mtp.application.port.in.mapillary.MapillaryNotConnectedException;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.user.UserId;

/**
 * Policy: the user's stored Mapillary connection, renewed when it expires within a week (as Mapillary's own clients
 * do); an expired grant that cannot be renewed means the user must connect again.
 */
public final class StoredMapillaryToken {

    static final Duration RENEW_AHEAD = Duration.ofDays(7);

    private final MapillaryConnectionStore connections;
    private final MapillaryAuthorization authorization;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public StoredMapillaryToken(
            MapillaryConnectionStore connections,
            MapillaryAuthorization authorization,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.connections = connections;
        this.authorization = authorization;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The connection to use now; may call Mapillary to renew, so never call it inside a transaction. */
    public MapillaryConnection forUser(UserId user) {
        MapillaryConnection connection =
                unitOfWork.inTransaction(() -> connections.find(user)).orElseThrow(MapillaryNotConnectedException::new);
        Instant now = clock.instant();
        Instant expiry = connection.grant().expiry().orElse(Instant.MAX);
        if (expiry.isAfter(now.plus(RENEW_AHEAD))) {
            return connection;
        }
        try {
            MapillaryGrant renewed = authorization.refresh(connection.grant());
            MapillaryConnection updated = new MapillaryConnection(connection.mapillaryUser(), renewed, now);
            unitOfWork.run(() -> connections.save(user, updated));
            return updated;
        } catch (MapillaryException e) {
            if (expiry.isAfter(now)) {
                return connection;
            }
            if (e instanceof MapillaryException.InvalidToken) {
                throw new MapillaryNotConnectedException();
            }
            throw e;
        }
    }
}
