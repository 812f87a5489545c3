package org.mtp.application.service.sequence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.mtp.application.port.in.sequence.ImportLimitReachedException;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.user.UserId;

/**
 * Policy: the optional per-user daily import limit, enforced on the server (the original only checked it in the
 * browser). A day is a UTC day; when it is reached, imports resume at the next UTC midnight.
 */
public final class ImportLimit {

    private final OptionalInt perDay;
    private final SequenceRepository sequences;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ImportLimit(OptionalInt perDay, SequenceRepository sequences, UnitOfWork unitOfWork, Clock clock) {
        this.perDay = perDay;
        this.sequences = sequences;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Fails with {@link ImportLimitReachedException} when {@code user} has used today's imports. Counts in a read of
     * its own (joining the caller's unit of work if one runs), since callers check before calling Mapillary, outside
     * any transaction.
     */
    public void check(UserId user) {
        if (perDay.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long imported = unitOfWork.reading(() -> sequences.countImportedSince(user, TimeRange.startOfDay(today)));
        if (imported >= perDay.getAsInt()) {
            throw new ImportLimitReachedException(perDay.getAsInt(), TimeRange.startOfDay(today.plusDays(1)));
        }
    }
}
