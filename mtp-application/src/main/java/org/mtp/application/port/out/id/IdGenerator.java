package org.mtp.application.port.out.id;

import java.util.UUID;

/** Outgoing port for new identities, so tests can make them predictable. */
public interface IdGenerator {

    UUID next();
}
