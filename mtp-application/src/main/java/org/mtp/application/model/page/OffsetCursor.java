package org.mtp.application.model.page;

import java.util.List;
import org.mtp.domain.common.ValidationException;

/**
 * Offset paging over an already ordered, fully computed list (leaderboards ranked in memory, small lists), shared by
 * the stores that page that way so the cursor format is the same everywhere.
 */
public final class OffsetCursor {

    private OffsetCursor() {}

    public static <T> Page<T> page(List<T> ordered, PageRequest request) {
        int offset = offsetOf(request);
        int end = Math.min(ordered.size(), offset + request.limit());
        List<T> items = offset >= ordered.size() ? List.of() : ordered.subList(offset, end);
        return new Page<>(items, end < ordered.size() ? encode(end) : null);
    }

    public static int offsetOf(PageRequest request) {
        if (request.cursor() == null) {
            return 0;
        }
        String c = request.cursor();
        if (!c.startsWith("o") || c.length() > 11) {
            throw new ValidationException("cursor", "is not a cursor of this list");
        }
        try {
            int offset = Integer.parseInt(c.substring(1));
            if (offset < 0) {
                throw new ValidationException("cursor", "is not a cursor of this list");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new ValidationException("cursor", "is not a cursor of this list");
        }
    }

    public static String encode(int offset) {
        return "o" + offset;
    }
}
