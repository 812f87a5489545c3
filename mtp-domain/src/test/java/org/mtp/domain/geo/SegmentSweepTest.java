package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentSweepTest {

    private static final SegmentSweep.PairRule EVERY_PAIR = (first, second) -> true;

    private static Segment segment(double lon1, double lat1, double lon2, double lat2) {
        return Segment.of(GeoPoint.of(lon1, lat1), GeoPoint.of(lon2, lat2));
    }

    @Test
    void findsSegmentsMeetingExactlyAtTheEastEndOfTheOther() {
        List<Segment> segments = List.of(segment(0, 0, 1, 0), segment(1, 0, 2, 5));
        assertThat(SegmentSweep.firstTouch(segments, EVERY_PAIR)).contains(new SegmentSweep.Touch(0, 1));
    }

    @Test
    void findsSegmentsMeetingExactlyAtTheTopOfTheWestOne() {
        List<Segment> segments = List.of(segment(0, 0, 4, 0), segment(2, 0, 2, 4));
        assertThat(SegmentSweep.firstTouch(segments, EVERY_PAIR)).contains(new SegmentSweep.Touch(0, 1));
    }

    @Test
    void findsSegmentsMeetingExactlyAtTheBottomOfTheWestOne() {
        List<Segment> segments = List.of(segment(0, 4, 4, 4), segment(2, 0, 2, 4));
        assertThat(SegmentSweep.firstTouch(segments, EVERY_PAIR)).contains(new SegmentSweep.Touch(0, 1));
    }

    @Test
    void looksPastNeighboursWhoseLatitudesDoNotOverlap() {
        List<Segment> segments = List.of(segment(0, 0, 10, 0), segment(1, 5, 2, 5), segment(3, -1, 3, 1));
        assertThat(SegmentSweep.firstTouch(segments, EVERY_PAIR)).contains(new SegmentSweep.Touch(0, 2));
    }

    @Test
    void reportsTheLowerIndexFirstWhateverTheSweepOrder() {
        List<Segment> segments = List.of(segment(3, -1, 3, 1), segment(0, 0, 10, 0));
        assertThat(SegmentSweep.firstTouch(segments, EVERY_PAIR)).contains(new SegmentSweep.Touch(0, 1));
    }

    @Test
    void skipsPairsTheRuleAllows() {
        List<Segment> segments = List.of(segment(0, 0, 10, 10), segment(0, 10, 10, 0));
        assertThat(SegmentSweep.firstTouch(segments, (first, second) -> false)).isEmpty();
    }

    @Test
    void findsNothingAmongSeparateSegments() {
        List<Segment> segments = List.of(segment(0, 0, 1, 1), segment(2, 0, 3, 1), segment(0.5, 2, 2.5, 3));
        assertThat(SegmentSweep.firstTouch(segments, EVERY_PAIR)).isEmpty();
    }

    @Test
    void stopsComparingOnceTheNextSegmentStartsFurtherEast() {
        // The first pair does not overlap in longitude; the sweep must still reach the crossing pair further on.
        List<Segment> segments = List.of(segment(0, 0, 1, 0), segment(5, 0, 8, 3), segment(5, 3, 8, 0));
        assertThat(SegmentSweep.firstTouch(segments, EVERY_PAIR)).contains(new SegmentSweep.Touch(1, 2));
    }

    @Test
    void sortsBeforeSweepingSoAFarSegmentListedEarlyHidesNothing() {
        // Listed order puts a far-east segment between a crossing pair; an unsorted sweep would stop too early.
        List<Segment> segments = List.of(segment(0, 0, 1, 0), segment(5, 5, 6, 5), segment(0.5, -1, 0.5, 1));
        assertThat(SegmentSweep.firstTouch(segments, EVERY_PAIR)).contains(new SegmentSweep.Touch(0, 2));
    }
}
