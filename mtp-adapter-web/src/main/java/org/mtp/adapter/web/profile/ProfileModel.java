package org.mtp.adapter.web.profile;

import java.util.List;
import org.mtp.adapter.web.page.SequenceCard;

/**
 * The profile page: the name, totals, rank on each board, one page of published sequences, the next page's link, and a
 * notice for its own person after they deleted a sequence (else null).
 */
public record ProfileModel(
        String username,
        String photos,
        String distance,
        String viewpoints,
        List<Rank> ranks,
        List<SequenceCard> sequences,
        String nextUrl,
        String notice) {

    /** A board and the person's rank on it (or the text saying there is none). */
    public record Rank(String board, String rank) {}
}
