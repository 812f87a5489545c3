package org.mtp.application.service.sequence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.in.sequence.ImportLimitReachedException;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.user.UserId;

/**
 * Policy: the optional per-user daily import limit, enforced on the server (the original only checked it in the
 * browser). A day is a UTC day; when it is reached, imports resume at the next UTC midnight.
 */
public final class ImportLimit {

  private final OptionalInt perDay;
  private final SequenceRepository sequences;
  private final Clock clock;

  public ImportLimit(OptionalInt perDay, SequenceRepository sequences, Clock clock) {
    this.perDay = perDay;
    this.sequences = sequences;
    this.clock = clock;
  }

  public static ImportLimit none(SequenceRepository sequences, Clock clock) {
    return new ImportLimit(OptionalInt.empty(), sequences, clock);
  }

  /** Fails with {@link ImportLimitReachedException} when {@code user} has used today's imports. */
  public void check(UserId user) {
    if (perDay.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (sequences.countImportedSince(user, TimeRange.startOfDay(today)) >= perDay.getAsInt()) {
      throw new ImportLimitReachedException(perDay.getAsInt(), TimeRange.startOfDay(today.plusDays(1)));
    }
  }
}
