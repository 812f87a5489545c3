package org.mtp.adapter.web.profile;

import java.util.List;
import org.mtp.adapter.web.page.SequenceCard;

/** The profile page: the name, totals, rank on each board, one page of published sequences and the next page's link. */
public record ProfileModel(
        String username,
        String photos,
        String distance,
        String viewpoints,
        List<Rank> ranks,
        List<SequenceCard> sequences,
        String nextUrl) {

    /** A board and the person's rank on it (or the text saying there is none). */
    public record Rank(String board, String rank) {}
}
