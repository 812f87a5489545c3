package org.mtp.application.port.in.challenge;

import java.util.Set;
import org.mtp.application.port.in.common.Actor;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.common.Require;
import org.mtp.domain.geo.Area;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** Use case: create a geographic capture challenge. */
public interface CreateChallengeUseCase {
    ChallengeView create(Command command);

    /** Every setting of a new challenge; empty transport types or camera makes mean "all". */
    record Command(
            UserId actor,
            String name,
            String description,
            Area area,
            TimeRange window,
            Set<TransportType> transportTypes,
            Set<CameraMake> cameraMakes,
            ChallengeMetric metric) {
        public Command {
            Actor.require(actor);
            Require.notNull("area", area);
            Require.notNull("window", window);
            Require.notNull("metric", metric);
            transportTypes = transportTypes == null ? Set.of() : Set.copyOf(transportTypes);
            cameraMakes = cameraMakes == null ? Set.of() : Set.copyOf(cameraMakes);
        }
    }
}
