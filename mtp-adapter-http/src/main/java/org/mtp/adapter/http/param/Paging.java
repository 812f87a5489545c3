package org.mtp.adapter.http.param;

import java.util.List;
import java.util.Optional;
import org.mtp.adapter.http.list.CursorCodec;
import org.mtp.adapter.http.list.PageRequest;
import org.mtp.application.model.page.Page;

/**
 * Bridges the API's paging to the use cases': the store's own cursor travels inside the API's signed cursor as its
 * one-element position, so a client can neither forge it nor carry it to another kind of list.
 */
public final class Paging {

    private Paging() {}

    /** The use cases' page request for the API's. */
    public static org.mtp.application.model.page.PageRequest of(PageRequest page) {
        String cursor = page.after().map(Paging::storeCursor).orElse(null);
        return new org.mtp.application.model.page.PageRequest(page.limit(), cursor);
    }

    /** The position of the next page, to be signed into the API's cursor; empty on the last page. */
    public static Optional<List<String>> next(Page<?> page) {
        return page.next().map(List::of);
    }

    private static String storeCursor(List<String> position) {
        if (position.size() != 1) {
            throw CursorCodec.invalid();
        }
        return position.get(0);
    }
}
