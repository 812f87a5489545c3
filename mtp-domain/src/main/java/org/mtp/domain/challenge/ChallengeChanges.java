package org.mtp.domain.challenge;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.geo.Area;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;

/**
 * An edit of a challenge's settings: every component left null keeps its current value. An empty description removes
 * it; an empty filter set admits every value. The result is checked as any new {@link ChallengeSettings}.
 */
public record ChallengeChanges(
        String name,
        String description,
        Area area,
        TimeRange window,
        Set<TransportType> transportTypes,
        Set<CameraMake> cameraMakes,
        ChallengeMetric metric) {

    private static final ChallengeChanges NONE = new ChallengeChanges(null, null, null, null, null, null, null);

    public ChallengeChanges {
        transportTypes = copy(transportTypes);
        cameraMakes = copy(cameraMakes);
    }

    /** Changes nothing; start here and add changes with the {@code with...} methods. */
    public static ChallengeChanges none() {
        return NONE;
    }

    public ChallengeChanges withName(String newName) {
        return new ChallengeChanges(newName, description, area, window, transportTypes, cameraMakes, metric);
    }

    public ChallengeChanges withDescription(String newDescription) {
        return new ChallengeChanges(name, newDescription, area, window, transportTypes, cameraMakes, metric);
    }

    public ChallengeChanges withoutDescription() {
        return withDescription("");
    }

    public ChallengeChanges withArea(Area newArea) {
        return new ChallengeChanges(name, description, newArea, window, transportTypes, cameraMakes, metric);
    }

    public ChallengeChanges withWindow(TimeRange newWindow) {
        return new ChallengeChanges(name, description, area, newWindow, transportTypes, cameraMakes, metric);
    }

    public ChallengeChanges withTransportTypes(Set<TransportType> newTypes) {
        return new ChallengeChanges(name, description, area, window, newTypes, cameraMakes, metric);
    }

    public ChallengeChanges withCameraMakes(Set<CameraMake> newMakes) {
        return new ChallengeChanges(name, description, area, window, transportTypes, newMakes, metric);
    }

    public ChallengeChanges withMetric(ChallengeMetric newMetric) {
        return new ChallengeChanges(name, description, area, window, transportTypes, cameraMakes, newMetric);
    }

    /** The settings after this edit; fails as {@link ChallengeSettings} does when the result breaks a rule. */
    public ChallengeSettings applyTo(ChallengeSettings current) {
        ChallengeFilters filters = new ChallengeFilters(
                transportTypes != null ? transportTypes : current.filters().transportTypes(),
                cameraMakes != null ? cameraMakes : current.filters().cameraMakes());
        return new ChallengeSettings(
                name != null ? name : current.name(),
                description != null ? description : current.description(),
                area != null ? area : current.area(),
                window != null ? window : current.window(),
                filters,
                metric != null ? metric : current.metric());
    }

    /** A snapshot that keeps the caller's iteration order; null elements are left for the filters to reject. */
    private static <T> Set<T> copy(Set<T> values) {
        return values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
