package org.mtp.adapter.web.tour;

import java.util.List;

/**
 * What only a tour's owner sees on its page: the edit and delete links, the sequences in order with their move and
 * remove forms (and the data the drag-and-drop script posts), the notice of the last change, and the chooser of the
 * owner's published sequences not yet in the tour, with an error next to the control a change was refused at.
 */
public record TourOwnerModel(
        String csrf,
        String editUrl,
        String deleteUrl,
        String orderUrl,
        List<Row> rows,
        String notice,
        String orderError,
        String findAction,
        String find,
        String addUrl,
        List<Candidate> candidates,
        String addError,
        String firstUrl,
        String nextUrl) {

    public TourOwnerModel {
        rows = List.copyOf(rows);
        candidates = List.copyOf(candidates);
    }

    /**
     * A sequence in the tour: its row's anchor, name, link, figures and forms; {@code focus} names the button ("up" or
     * "down") that takes the focus after the person moved this row with it, else null.
     */
    public record Row(
            String id,
            String anchor,
            String name,
            String url,
            String figures,
            String moveUrl,
            String removeUrl,
            boolean first,
            boolean last,
            String focus) {}

    /** One of the owner's published sequences that the tour does not hold yet. */
    public record Candidate(String id, String name, String figures) {}
}
