package org.mtp.application.service.sequence;

import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.application.port.out.page.Page;
import org.mtp.application.port.out.sequence.SequenceQuery;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.sequence.SequenceSummary;
import org.mtp.application.port.out.social.LikeStore;
import org.mtp.application.port.out.social.ViewpointStore;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.port.out.user.UserDirectory;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.like.LikeTarget;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/** Use case service for reading sequences: one with its photos, or a searched page of summaries. */
public final class SequenceQueries implements GetSequenceUseCase, SearchSequencesUseCase {

  private final SequenceLoader loader;
  private final SequenceReadModel readModel;
  private final ChallengeRepository challenges;
  private final LikeStore likes;
  private final ViewpointStore viewpoints;
  private final UserDirectory users;
  private final UnitOfWork unitOfWork;

  public SequenceQueries(SequenceRepository sequences, SequenceReadModel readModel, ChallengeRepository challenges,
      LikeStore likes, ViewpointStore viewpoints, UserDirectory users, UnitOfWork unitOfWork) {
    this.loader = new SequenceLoader(sequences);
    this.readModel = readModel;
    this.challenges = challenges;
    this.likes = likes;
    this.viewpoints = viewpoints;
    this.users = users;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public SequenceView get(UserId viewer, SequenceId id) {
    return unitOfWork.reading(() -> {
      Sequence s = loader.visibleTo(viewer, id);
      return new SequenceView(s, users.usernameOf(s.owner()).orElseThrow(() -> new NotFoundException("user", s.owner())),
          likes.count(LikeTarget.sequence(id)), viewpoints.countsBySequence(id));
    });
  }

  @Override
  public Page<SequenceSummary> search(Query q) {
    return unitOfWork.reading(() -> {
      Challenge challenge = q.challenge() == null ? null
          : challenges.findById(q.challenge()).orElseThrow(() -> new NotFoundException("challenge", q.challenge()));
      SequenceQuery query = new SequenceQuery(q.nameContains(), q.username(), q.tags(), q.transportType(),
          q.cameraMake(), q.cameraModel(), q.pano(), q.captured(), q.bbox(), challenge,
          q.draftsOnly() ? q.viewer() : null, q.sort());
      return readModel.search(query, q.page());
    });
  }
}
