package org.mtp.adapter.http.list;

import java.util.List;

/** The list envelope: the page's items and the URL of the next page, or null on the last one. */
public record ListPage(List<?> items, String next) {

    public ListPage {
        items = List.copyOf(items);
    }
}
