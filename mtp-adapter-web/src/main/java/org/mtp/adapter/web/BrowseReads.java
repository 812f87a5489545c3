package org.mtp.adapter.web;

import org.mtp.application.port.in.challenge.GetChallengeUseCase;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.challenge.ReadChallengeLeaderboardUseCase;
import org.mtp.application.port.in.leaderboard.ReadLeaderboardRowUseCase;
import org.mtp.application.port.in.leaderboard.ReadLeaderboardUseCase;
import org.mtp.application.port.in.map.ReadSequenceMapUseCase;
import org.mtp.application.port.in.tour.GetTourUseCase;
import org.mtp.application.port.in.tour.ListToursUseCase;

/**
 * The read use cases behind the browsing pages (leaderboards, tours, challenges, the home map's markers), handed to the
 * web app together.
 */
public record BrowseReads(
        ReadLeaderboardUseCase leaderboards,
        ReadLeaderboardRowUseCase leaderboardRows,
        ListToursUseCase listTours,
        GetTourUseCase getTour,
        ListChallengesUseCase listChallenges,
        GetChallengeUseCase getChallenge,
        ReadChallengeLeaderboardUseCase challengeLeaderboards,
        ReadSequenceMapUseCase sequenceMap) {}
