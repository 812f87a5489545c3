package org.mtp.adapter.http.challenge;

import java.util.Objects;
import org.mtp.application.port.in.challenge.ChallengeUseCases;

/** The challenge use cases {@link ChallengesResource} serves. */
public record ChallengeUseCaseSet(ChallengeUseCases.CreateChallenge create, ChallengeUseCases.GetChallenge get,
    ChallengeUseCases.ListChallenges list, ChallengeUseCases.EditChallenge edit,
    ChallengeUseCases.DeleteChallenge delete, ChallengeUseCases.ReadChallengeLeaderboard leaderboard) {

  public ChallengeUseCaseSet {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(edit, "edit");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(leaderboard, "leaderboard");
  }
}
