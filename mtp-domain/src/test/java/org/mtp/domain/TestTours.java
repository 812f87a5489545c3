package org.mtp.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Test data: tours, empty or holding given sequences in order. */
public final class TestTours {

    /** When default tours are created. */
    public static final Instant CREATED = Instant.parse("2024-06-01T12:00:00Z");

    private TestTours() {}

    /** Metadata of a tour named {@code name}, without description or tags. */
    public static TourDetails details(String name) {
        return TourDetails.of(name, null, Tags.NONE);
    }

    /** A new empty tour of {@code owner}. */
    public static Tour emptyTour(UserId owner) {
        return Tour.create(TourId.of(UUID.randomUUID()), owner, details("Coast to coast"), CREATED);
    }

    /** A stored tour of {@code owner} holding {@code sequences} in this order (no eligibility check, as on load). */
    public static Tour tourOf(UserId owner, Sequence... sequences) {
        return Tour.reconstitute(
                TourId.of(UUID.randomUUID()),
                owner,
                details("Coast to coast"),
                Arrays.stream(sequences).map(Sequence::id).toList(),
                CREATED,
                CREATED);
    }
}
