package org.mtp.application.fake;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.mtp.application.port.out.id.IdGenerator;

/** Test double: predictable ids 00000000-0000-4000-8000-000000000001, ...2, ... */
public final class SequentialIds implements IdGenerator {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public UUID next() {
        return new UUID(0x0000000000004000L, 0x8000000000000000L | next.getAndIncrement());
    }
}
