package org.mtp.application.port.in.challenge;

import java.util.Set;
import org.mtp.application.port.in.common.Actor;
import org.mtp.application.port.out.page.Page;
import org.mtp.application.port.out.page.PageRequest;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.challenge.ChallengeChanges;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.challenge.ChallengeLeaderboardRow;
import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeStatus;
import org.mtp.domain.common.Require;
import org.mtp.domain.geo.Area;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/** The challenge use cases, one interface per verb. */
public final class ChallengeUseCases {

  private ChallengeUseCases() {}

  /** Use case: create a geographic capture challenge. */
  public interface CreateChallenge {
    ChallengeView create(CreateCommand command);
  }

  /** Every setting of a new challenge; empty transport types or camera makes mean "all". */
  public record CreateCommand(UserId actor, String name, String description, Area area, TimeRange window,
      Set<TransportType> transportTypes, Set<CameraMake> cameraMakes, ChallengeMetric metric) {
    public CreateCommand {
      Actor.require(actor);
      Require.notNull("area", area);
      Require.notNull("window", window);
      Require.notNull("metric", metric);
      transportTypes = transportTypes == null ? Set.of() : Set.copyOf(transportTypes);
      cameraMakes = cameraMakes == null ? Set.of() : Set.copyOf(cameraMakes);
    }
  }

  /** Use case: the owner changes a challenge's settings (a partial update). */
  public interface EditChallenge {
    ChallengeView edit(EditCommand command);
  }

  /** The settings to change, as the domain's {@link ChallengeChanges} (kept fields stay). */
  public record EditCommand(UserId actor, ChallengeId challenge, ChallengeChanges changes) {
    public EditCommand {
      Actor.require(actor);
      Require.notNull("unique_id", challenge);
      Require.notNull("changes", changes);
    }
  }

  /** Use case: the owner deletes a challenge. */
  public interface DeleteChallenge {
    void delete(UserId actor, ChallengeId challenge);
  }

  /** Use case: read one challenge. */
  public interface GetChallenge {
    ChallengeView get(ChallengeId challenge);
  }

  /** Use case: list challenges newest first, optionally only those upcoming, active or completed now. */
  public interface ListChallenges {
    Page<ChallengeView> list(ChallengeStatus status, PageRequest page);
  }

  /** Use case: a challenge's leaderboard, every setting applied photo by photo, ranked globally. */
  public interface ReadChallengeLeaderboard {
    Page<ChallengeLeaderboardRow> leaderboard(ChallengeId challenge, PageRequest page);
  }
}
