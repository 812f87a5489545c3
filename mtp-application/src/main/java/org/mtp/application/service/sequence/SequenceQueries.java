package org.mtp.application.service.sequence;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.GetSequenceRevisionUseCase;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.out.challenge.ChallengeRepository;
import org.mtp.application.port.out.sequence.SequenceQuery;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceStamp;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * Use case service for reading sequences: one with its photos or its revision alone, or a searched page of summaries.
 */
public final class SequenceQueries implements GetSequenceUseCase, GetSequenceRevisionUseCase, SearchSequencesUseCase {

    private final SequenceReadModel readModel;
    private final SequenceViews views;
    private final ChallengeRepository challenges;
    private final UnitOfWork unitOfWork;

    public SequenceQueries(SequenceReadModel readModel, ChallengeRepository challenges, UnitOfWork unitOfWork) {
        this.readModel = readModel;
        this.views = new SequenceViews(readModel);
        this.challenges = challenges;
        this.unitOfWork = unitOfWork;
    }

    /** One read of the sequence with its figures; someone else's draft is as absent as an unknown id. */
    @Override
    public SequenceView get(UserId viewer, SequenceId id) {
        return unitOfWork.reading(() -> views.visibleTo(viewer, id));
    }

    /** The stamp alone, one primary-key read; someone else's draft is as absent as an unknown id. */
    @Override
    public Revision revision(UserId viewer, SequenceId id) {
        SequenceStamp stamp = unitOfWork
                .reading(() -> readModel.stamp(id))
                .filter(s -> s.visibleTo(viewer))
                .orElseThrow(() -> new NotFoundException("sequence", id));
        return new Revision(stamp.revision(), stamp.published());
    }

    @Override
    public Page<SequenceSummary> search(Query q) {
        return unitOfWork.reading(() -> {
            Challenge challenge = q.challenge() == null
                    ? null
                    : challenges
                            .findById(q.challenge())
                            .orElseThrow(() -> new NotFoundException("challenge", q.challenge()));
            SequenceQuery query = new SequenceQuery(
                    q.nameContains(),
                    q.username(),
                    q.tags(),
                    q.transportType(),
                    q.cameraMake(),
                    q.cameraModel(),
                    q.pano(),
                    q.captured(),
                    q.bbox(),
                    challenge,
                    q.draftsOnly() ? q.viewer() : null,
                    q.sort());
            return readModel.search(query, q.page());
        });
    }
}
