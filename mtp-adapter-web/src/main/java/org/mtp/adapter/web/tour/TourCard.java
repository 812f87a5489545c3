package org.mtp.adapter.web.tour;

import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.application.port.in.tour.TourView;

/** A tour in a list: its name and link, owner, and figures, ready to show. */
public record TourCard(String url, String name, String owner, String ownerUrl, String sequences, String figures) {

    public static TourCard of(TourView view) {
        String owner = view.ownerName().value();
        return new TourCard(
                Paths.tour(view.tour().id().toString()),
                view.tour().details().name(),
                owner,
                Paths.user(owner),
                Texts.sequenceCount(view.sequences().size()),
                Texts.photoCount(view.totals().photos()) + " · "
                        + Formats.km(view.totals().distance()) + " · " + Texts.likeCount(view.likeCount()));
    }
}
