package org.mtp.adapter.web.challenge;

import java.util.List;

/** One page of a challenge's leaderboard: its rows (ranks global, ties marked) and the paging links. */
public record ChallengeBoardModel(
        String challenge, String challengeUrl, List<Row> rows, String firstUrl, String nextUrl) {

    /** One ranked participant. */
    public record Row(String rank, String username, String userUrl, String photos, String distance) {}
}
