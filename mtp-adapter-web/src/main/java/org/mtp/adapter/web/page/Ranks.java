package org.mtp.adapter.web.page;

import java.util.List;

/** How a board's rank reads: "#3", or "#3 (tie)" when another row of the same page shares it. */
public final class Ranks {

    private Ranks() {}

    public static String label(int rank, List<Integer> ranksOnPage) {
        boolean tied = ranksOnPage.stream().filter(r -> r == rank).count() > 1;
        return tied ? Texts.tiedRank(rank) : Texts.rank(rank);
    }
}
