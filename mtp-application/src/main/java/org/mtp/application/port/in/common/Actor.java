package org.mtp.application.port.in.common;

import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/** Small helpers for command records. */
public final class Actor {

    private Actor() {}

    /** The signed-in user a command acts for; required. */
    public static UserId require(UserId actor) {
        return Require.notNull("actor", actor);
    }
}
