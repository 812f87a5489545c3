package org.mtp.adapter.http.challenge;

import java.util.Objects;
import org.mtp.application.port.in.challenge.CreateChallengeUseCase;
import org.mtp.application.port.in.challenge.DeleteChallengeUseCase;
import org.mtp.application.port.in.challenge.EditChallengeUseCase;
import org.mtp.application.port.in.challenge.GetChallengeUseCase;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.challenge.ReadChallengeLeaderboardUseCase;

/** The challenge use cases {@link ChallengesResource} serves. */
public record ChallengeUseCaseSet(CreateChallengeUseCase create, GetChallengeUseCase get,
    ListChallengesUseCase list, EditChallengeUseCase edit,
    DeleteChallengeUseCase delete, ReadChallengeLeaderboardUseCase leaderboard) {

  public ChallengeUseCaseSet {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(edit, "edit");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(leaderboard, "leaderboard");
  }
}
