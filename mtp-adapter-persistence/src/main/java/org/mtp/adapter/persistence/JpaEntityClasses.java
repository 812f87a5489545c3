package org.mtp.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.persistence.write.challenge.ChallengeEntities;
import org.mtp.adapter.persistence.write.leaderboard.LeaderboardEntities;
import org.mtp.adapter.persistence.write.like.LikeEntities;
import org.mtp.adapter.persistence.write.mapillary.MapillaryEntities;
import org.mtp.adapter.persistence.write.oauth.OAuthEntities;
import org.mtp.adapter.persistence.write.sequence.SequenceEntities;
import org.mtp.adapter.persistence.write.tour.TourEntities;
import org.mtp.adapter.persistence.write.user.UserEntities;
import org.mtp.adapter.persistence.write.viewpoint.ViewpointEntities;

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
