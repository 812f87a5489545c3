package org.mtp.adapter.http.route;

import org.mtp.adapter.http.problem.ErrorTranslations;

/** A group of routes on one resource, registered by {@code HttpApi} at start-up. */
public interface ApiResource {

    void register(ApiRoutes routes);

    /** Teaches the central error mapping this resource's own exception types; most resources need none. */
    default void registerErrors(ErrorTranslations translations) {
        // nothing to add by default
    }
}
