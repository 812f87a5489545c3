package org.mtp.adapter.web.challenge;

import java.util.List;

/**
 * A challenge page: its settings as they read (window in UTC, filters, metric), the map's bounds and area, and the
 * address of its leaderboard (a page of its own, loaded into this one as a fragment), and for its owner only the
 * addresses that edit and delete it.
 */
public record ChallengeModel(
        String name,
        String description,
        String owner,
        String ownerUrl,
        String state,
        String startText,
        String startIso,
        String endText,
        String endIso,
        List<String> transports,
        List<String> cameraMakes,
        String metric,
        String bounds,
        String area,
        String boardUrl,
        String sequencesUrl,
        String editUrl,
        String deleteUrl) {

    /** Whether the viewer owns the challenge, and so sees the links to edit and delete it. */
    public boolean owned() {
        return editUrl != null;
    }
}
