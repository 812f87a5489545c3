package org.mtp.adapter.web.leaderboard;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.TransportChoices;

/**
 * A leaderboard page: which board, the links to the three boards with the same filters, the filter form, one page of
 * ranked rows, the signed-in person's own row when it is not on this page, and the paging links.
 */
public record LeaderboardModel(
        String title,
        String action,
        List<Board> boards,
        FormModel form,
        TransportChoices transports,
        List<Row> rows,
        Row own,
        String firstUrl,
        String nextUrl) {

    /** A link to one of the boards. */
    public record Board(String label, String url, boolean current) {}

    /** One ranked person; {@code tied} when someone else shares the rank, {@code own} for the signed-in person. */
    public record Row(
            String rank,
            String username,
            String userUrl,
            String photos,
            String distance,
            String viewpoints,
            boolean own) {}

    public boolean refused() {
        return form.hasErrors();
    }
}
