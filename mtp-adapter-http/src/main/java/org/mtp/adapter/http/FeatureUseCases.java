package org.mtp.adapter.http;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.mtp.adapter.http.challenge.ChallengeUseCaseSet;
import org.mtp.adapter.http.challenge.ChallengesResource;
import org.mtp.adapter.http.leaderboard.LeaderboardsResource;
import org.mtp.adapter.http.mapillary.MapillaryResource;
import org.mtp.adapter.http.mapillary.MapillaryUseCases;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.sequence.SequenceUseCases;
import org.mtp.adapter.http.sequence.SequencesResource;
import org.mtp.adapter.http.social.LikesResource;
import org.mtp.adapter.http.social.ViewpointsResource;
import org.mtp.adapter.http.tour.TourUseCaseSet;
import org.mtp.adapter.http.tour.ToursResource;
import org.mtp.application.port.in.leaderboard.ReadLeaderboardUseCase;
import org.mtp.application.port.in.social.LikeUseCase;
import org.mtp.application.port.in.social.ViewpointUseCase;

/**
 * The use cases of the API's second part (sequences, Mapillary, likes, viewpoints, tours, leaderboards, challenges);
 * bootstrap builds it from the services and hands {@link #resources} to {@link HttpApi}.
 */
public record FeatureUseCases(SequenceUseCases sequences, MapillaryUseCases mapillary, LikeUseCase likes,
    ViewpointUseCase viewpoints, TourUseCaseSet tours, ReadLeaderboardUseCase leaderboards,
    ChallengeUseCaseSet challenges) {

  public FeatureUseCases {
    Objects.requireNonNull(sequences, "sequences");
    Objects.requireNonNull(mapillary, "mapillary");
    Objects.requireNonNull(likes, "likes");
    Objects.requireNonNull(viewpoints, "viewpoints");
    Objects.requireNonNull(tours, "tours");
    Objects.requireNonNull(leaderboards, "leaderboards");
    Objects.requireNonNull(challenges, "challenges");
  }

  /**
   * One resource per kind of thing; {@code clock} is the services' clock (for {@code Retry-After}),
   * {@code renderedSequenceBytes} the budget of sequences' JSON kept for repeat reads (0: none).
   */
  public List<ApiResource> resources(Clock clock, long renderedSequenceBytes) {
    return List.of(new SequencesResource(sequences, clock, renderedSequenceBytes), new MapillaryResource(mapillary),
        new LikesResource(likes), new ViewpointsResource(viewpoints), new ToursResource(tours),
        new LeaderboardsResource(leaderboards), new ChallengesResource(challenges));
  }
}
