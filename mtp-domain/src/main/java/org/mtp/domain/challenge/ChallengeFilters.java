package org.mtp.domain.challenge;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.transport.TransportType;

/**
 * Which sequences may take part in a challenge. An empty set admits every value. A transport type admits itself and,
 * for a parent, each of its children; a camera make matches case-insensitively, and makes differing only in case
 * collapse to the first spelling met (in the given set's iteration order). At most
 * {@link Limits#CHALLENGE_FILTER_VALUES_MAX} camera makes (the transport catalogue is smaller than that limit, so it
 * holds for transport types by construction).
 */
public record ChallengeFilters(Set<TransportType> transportTypes, Set<CameraMake> cameraMakes) {

    /** Every transport type and every camera make. */
    public static final ChallengeFilters NONE = new ChallengeFilters(Set.of(), Set.of());

    public ChallengeFilters {
        transportTypes = copyTransportTypes(transportTypes);
        cameraMakes = copyCameraMakes(cameraMakes);
    }

    public static ChallengeFilters of(Set<TransportType> transportTypes, Set<CameraMake> cameraMakes) {
        return new ChallengeFilters(transportTypes, cameraMakes);
    }

    /** True when a sequence of this transport type and camera make (null when unknown) may take part. */
    public boolean admits(TransportType transportType, CameraMake cameraMake) {
        return admitsTransport(transportType) && admitsCamera(cameraMake);
    }

    public boolean admitsTransport(TransportType transportType) {
        if (transportTypes.isEmpty()) {
            return true;
        }
        for (TransportType filter : transportTypes) {
            if (filter.includes(transportType)) {
                return true;
            }
        }
        return false;
    }

    /** An unknown make (null) passes only when no make is required. */
    public boolean admitsCamera(CameraMake cameraMake) {
        if (cameraMakes.isEmpty()) {
            return true;
        }
        for (CameraMake filter : cameraMakes) {
            if (filter.matches(cameraMake)) {
                return true;
            }
        }
        return false;
    }

    private static Set<TransportType> copyTransportTypes(Set<TransportType> given) {
        Require.notNull("transport_types", given);
        Set<TransportType> copy = EnumSet.noneOf(TransportType.class);
        for (TransportType type : given) {
            copy.add(Require.notNull("transport_types", type));
        }
        return Collections.unmodifiableSet(copy);
    }

    private static Set<CameraMake> copyCameraMakes(Set<CameraMake> given) {
        Require.notNull("camera_makes", given);
        Map<String, CameraMake> byNormalized = new LinkedHashMap<>();
        for (CameraMake make : given) {
            Require.notNull("camera_makes", make);
            byNormalized.putIfAbsent(make.normalized(), make);
        }
        if (byNormalized.size() > Limits.CHALLENGE_FILTER_VALUES_MAX) {
            throw new ValidationException(
                    "camera_makes",
                    "must hold at most " + Limits.CHALLENGE_FILTER_VALUES_MAX + " makes, had " + byNormalized.size());
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(byNormalized.values()));
    }
}
