package org.mtp.application.service.sequence;

import org.mtp.application.port.in.sequence.EditSequenceUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceDetails;
import org.mtp.domain.sequence.SequenceLinks;

/** Use case service: applies a partial update of metadata and links, validated as a whole before saving. */
public final class EditSequenceService implements EditSequenceUseCase {

    private final SequenceChanges changes;
    private final SequenceLoader loader;
    private final SequenceViews views;
    private final UnitOfWork unitOfWork;

    public EditSequenceService(
            SequenceRepository sequences, SequenceReadModel readModel, DerivedData derived, UnitOfWork unitOfWork) {
        this.changes = new SequenceChanges(sequences, derived);
        this.views = new SequenceViews(readModel);
        this.loader = new SequenceLoader(sequences);
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SequenceView edit(Command c) {
        return unitOfWork.inTransaction(() -> {
            Sequence s = loader.visibleTo(c.actor(), c.sequence());
            s.requireOwner(c.actor());
            SequenceDetails d = s.details();
            SequenceDetails details = new SequenceDetails(
                    c.name().applyTo(d.name()),
                    c.description().applyTo(d.description()),
                    c.transportType().applyTo(d.transportType()),
                    c.tags().applyTo(d.tags()));
            SequenceLinks links = new SequenceLinks(
                    c.googleStreetView().applyTo(s.links().googleStreetView()),
                    c.strava().applyTo(s.links().strava()));
            s.edit(c.actor(), details);
            s.replaceLinks(c.actor(), links);
            changes.save(s);
            return views.visibleTo(c.actor(), s.id());
        });
    }
}
