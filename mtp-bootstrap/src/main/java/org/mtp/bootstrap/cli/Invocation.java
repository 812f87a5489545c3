package org.mtp.bootstrap.cli;

import java.util.List;

/** What the operator asked the jar to do, parsed from its arguments. */
public sealed interface Invocation {

    /** Run the HTTP service (the default). */
    record Serve() implements Invocation {}

    /** Start the service as {@code serve} does, ask it whether it is ready, stop and say so. */
    record Check() implements Invocation {}

    /** Apply pending database migrations and exit. */
    record Migrate() implements Invocation {}

    /** Print the usage text. */
    record Help() implements Invocation {}

    /** Create a user account. */
    record CreateUser(String username, String email, String password) implements Invocation {
        @Override
        public String toString() {
            return "CreateUser[" + username + ", " + email + ", ****]";
        }
    }

    /** Register an OAuth client, optionally with an id the operator chooses (shipped uploader builds know theirs). */
    record CreateClient(String name, List<String> redirectUris, String clientId, boolean confidential)
            implements Invocation {}
}
