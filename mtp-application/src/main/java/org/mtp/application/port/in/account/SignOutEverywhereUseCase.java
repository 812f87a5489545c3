package org.mtp.application.port.in.account;

import org.mtp.domain.common.Require;
import org.mtp.domain.user.UserId;

/**
 * Use case: a person ends every one of their web app sessions at once (the one they use included), and with
 * {@link Reach#ALL_TOKENS} also revokes every token they granted to other clients (the desktop uploader, tools).
 */
public interface SignOutEverywhereUseCase {

    /** What is revoked. */
    enum Reach {
        /** The person's web app sessions only; tokens of other clients keep working. */
        BROWSER_SESSIONS,
        /** Every active token of the person, sessions and tokens of other clients alike. */
        ALL_TOKENS
    }

    record Command(UserId userId, Reach reach) {

        public Command {
            Require.notNull("user", userId);
            Require.notNull("reach", reach);
        }
    }

    /** Returns how many tokens were revoked. */
    int signOutEverywhere(Command command);
}
