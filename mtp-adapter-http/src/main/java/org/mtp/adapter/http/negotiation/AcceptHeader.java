package org.mtp.adapter.http.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Proactive negotiation on {@code Accept} (RFC 9110 12.5.1): each offered representation gets the q-value of the most
 * specific range matching it, the highest non-zero q wins, and the route's own order breaks ties. No header, or one
 * with no parsable range, accepts anything; a range with a malformed q-value is ignored.
 */
public final class AcceptHeader {

    private record Range(MediaType type, double quality) {}

    /**
     * Parsed headers by their text: clients send the same few, and parsing one (splits and a regular expression) cost
     * about 2% of a sequence read. Bounded in entries and in header length, since the text is the client's to choose.
     */
    private static final Map<String, AcceptHeader> PARSED = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED = 256;
    private static final int MAX_REMEMBERED_LENGTH = 256;
    private static final AcceptHeader ANYTHING = new AcceptHeader(List.of());

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static AcceptHeader parse(String header) {
        if (header == null) {
            return ANYTHING;
        }
        AcceptHeader known = PARSED.get(header);
        if (known != null) {
            return known;
        }
        List<Range> ranges = new ArrayList<>();
        for (String element : header.split(",")) {
            parseRange(element).ifPresent(ranges::add);
        }
        AcceptHeader parsed = new AcceptHeader(List.copyOf(ranges));
        if (header.length() <= MAX_REMEMBERED_LENGTH && PARSED.size() < MAX_REMEMBERED) {
            PARSED.putIfAbsent(header, parsed);
        }
        return parsed;
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
