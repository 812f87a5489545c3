package org.mtp.adapter.web.search;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.SequenceCard;
import org.mtp.adapter.web.page.TransportChoices;
import org.mtp.adapter.web.page.TransportChoices.Option;

/**
 * The sequence search page: the filter form (with its select options), the list or map view and the links between them,
 * one page of results with their tracks for the map, the link that shares this search, and the paging links; for a
 * signed-in person on a server with a Mapillary app, the button to import from Mapillary.
 */
public record SequencesModel(
        FormModel form,
        TransportChoices transports,
        List<Option> panoramas,
        List<Option> sorts,
        List<Option> challenges,
        boolean map,
        String listUrl,
        String mapUrl,
        String shareUrl,
        List<SequenceCard> sequences,
        String bounds,
        String tracks,
        String firstUrl,
        String nextUrl,
        boolean importable) {

    public boolean refused() {
        return form.hasErrors();
    }
}
