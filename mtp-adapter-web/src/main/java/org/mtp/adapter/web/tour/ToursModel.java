package org.mtp.adapter.web.tour;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;

/** The tours page: the person filter, the heading it implies, one page of tours and the paging links. */
public record ToursModel(String heading, FormModel form, List<TourCard> tours, String firstUrl, String nextUrl) {

    public boolean refused() {
        return form.hasErrors();
    }
}
