package org.mtp.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.persistence.challenge.ChallengeEntities;
import org.mtp.adapter.persistence.leaderboard.LeaderboardEntities;
import org.mtp.adapter.persistence.like.LikeEntities;
import org.mtp.adapter.persistence.mapillary.MapillaryEntities;
import org.mtp.adapter.persistence.oauth.OAuthEntities;
import org.mtp.adapter.persistence.sequence.SequenceEntities;
import org.mtp.adapter.persistence.tour.TourEntities;
import org.mtp.adapter.persistence.user.UserEntities;
import org.mtp.adapter.persistence.viewpoint.ViewpointEntities;

/** Persistence adapter: every entity and embeddable of the persistence unit, gathered from their packages. */
final class JpaEntityClasses {

  private JpaEntityClasses() {}

  static List<Class<?>> all() {
    List<Class<?>> classes = new ArrayList<>();
    classes.addAll(UserEntities.classes());
    classes.addAll(SequenceEntities.classes());
    classes.addAll(TourEntities.classes());
    classes.addAll(LikeEntities.classes());
    classes.addAll(ViewpointEntities.classes());
    classes.addAll(ChallengeEntities.classes());
    classes.addAll(LeaderboardEntities.classes());
    classes.addAll(OAuthEntities.classes());
    classes.addAll(MapillaryEntities.classes());
    return List.copyOf(classes);
  }
}
