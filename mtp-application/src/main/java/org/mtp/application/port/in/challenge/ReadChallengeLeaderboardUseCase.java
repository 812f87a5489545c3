package org.mtp.application.port.in.challenge;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeLeaderboardRow;

/** Use case: a challenge's leaderboard, every setting applied photo by photo, ranked globally. */
public interface ReadChallengeLeaderboardUseCase {
    Page<ChallengeLeaderboardRow> leaderboard(ChallengeId challenge, PageRequest page);
}
