package org.mtp.adapter.mapillary.v4;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.time.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds every image a creator captured in a window despite the search's result cap: it follows {@code paging.next}
 * while present, and when a window's last page comes back full (exactly {@code limit} results, no next page) it assumes
 * truncation, splits the window at its midpoint and searches both halves, down to one-second windows. Results are
 * de-duplicated by image id, since the API's bounds may be inclusive on both ends.
 */
final class GraphImageSearch {

    private static final Logger LOG = LoggerFactory.getLogger(GraphImageSearch.class);
    static final Duration SMALLEST_WINDOW = Duration.ofSeconds(1);

    private final GraphApi api;
    private final int limit;

    GraphImageSearch(GraphApi api, int limit) {
        this.api = api;
        this.limit = limit;
    }

    List<GraphWire.Image> imagesOf(MapillaryToken token, String username, TimeRange window) {
        Map<String, GraphWire.Image> byId = new LinkedHashMap<>();
        Deque<TimeRange> pending = new ArrayDeque<>();
        pending.push(window);
        while (!pending.isEmpty()) {
            TimeRange current = pending.pop();
            boolean truncated = searchWindow(token, username, current, byId);
            if (!truncated) {
                continue;
            }
            if (Duration.between(current.from(), current.to()).compareTo(SMALLEST_WINDOW) <= 0) {
                LOG.warn(
                        "v4 /images: a {} window from {} still returns the {}-result cap; some images may be missing",
                        SMALLEST_WINDOW,
                        current.from(),
                        limit);
                continue;
            }
            pending.push(TimeRange.of(current.midpoint(), current.to()));
            pending.push(TimeRange.of(current.from(), current.midpoint()));
        }
        return new ArrayList<>(byId.values());
    }

    /** Reads every page of one window into {@code byId}; true when the last page was full (likely truncated). */
    private boolean searchWindow(
            MapillaryToken token, String username, TimeRange window, Map<String, GraphWire.Image> byId) {
        boolean[] lastPageFull = {false};
        HttpUrl first = api.searchUrl(username, window.from(), window.to(), limit);
        api.follow(first, url -> {
            GraphWire.ImagePage page = api.searchPage(token, url);
            for (GraphWire.Image image : page.data()) {
                if (image != null && image.id() != null) {
                    byId.putIfAbsent(image.id(), image);
                }
            }
            String next = page.paging() == null ? null : page.paging().next();
            lastPageFull[0] = (next == null || next.isBlank()) && page.data().size() >= limit;
            return next;
        });
        return lastPageFull[0];
    }
}
