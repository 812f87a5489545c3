package org.mtp.adapter.http.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proactive negotiation on {@code Accept} (RFC 9110 12.5.1): each offered representation gets the q-value of the most
 * specific range matching it, the highest non-zero q wins, and the route's own order breaks ties. No header, or one
 * with no parsable range, accepts anything; a range with a malformed q-value is ignored.
 */
public final class AcceptHeader {

  private record Range(MediaType type, double quality) {}

  private final List<Range> ranges;

  private AcceptHeader(List<Range> ranges) {
    this.ranges = ranges;
  }

  public static AcceptHeader parse(String header) {
    List<Range> ranges = new ArrayList<>();
    if (header != null) {
      for (String element : header.split(",")) {
        parseRange(element).ifPresent(ranges::add);
      }
    }
    return new AcceptHeader(ranges);
  }

  private static Optional<Range> parseRange(String element) {
    String[] parts = element.split(";");
    Optional<MediaType> type = MediaType.parse(parts[0]);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    double quality = 1.0;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
        String value = parameter.substring(2).strip();
        if (!value.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
          return Optional.empty();
        }
        quality = Double.parseDouble(value);
      }
    }
    return Optional.of(new Range(type.get(), quality));
  }

  /** The offered type to answer with, or empty when every one is unacceptable (a 406). */
  public Optional<MediaType> choose(List<MediaType> offered) {
    if (ranges.isEmpty()) {
      return offered.stream().findFirst();
    }
    MediaType best = null;
    double bestQuality = 0;
    for (MediaType candidate : offered) {
      double quality = qualityOf(candidate);
      if (quality > bestQuality) {
        best = candidate;
        bestQuality = quality;
      }
    }
    return Optional.ofNullable(best);
  }

  private double qualityOf(MediaType candidate) {
    int bestSpecificity = 0;
    double quality = 0;
    for (Range range : ranges) {
      int specificity = range.type().specificityFor(candidate);
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        quality = range.quality();
      }
    }
    return quality;
  }
}
