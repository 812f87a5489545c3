package org.mtp.application.service.tour;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.tour.AddToTourUseCase;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.DeleteTourUseCase;
import org.mtp.application.port.in.tour.EditTourUseCase;
import org.mtp.application.port.in.tour.GetTourUseCase;
import org.mtp.application.port.in.tour.ListToursUseCase;
import org.mtp.application.port.in.tour.RemoveFromTourUseCase;
import org.mtp.application.port.in.tour.ReorderTourUseCase;
import org.mtp.application.port.in.tour.ReplaceTourSequencesUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.application.port.out.derived.DerivedData;
import org.mtp.application.port.out.id.IdGenerator;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.tour.TourQuery;
import org.mtp.application.port.out.tour.TourRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.port.out.user.UserDirectory;
import org.mtp.application.service.sequence.SequenceLoader;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.Tour;
import org.mtp.domain.tour.TourDetails;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Use case service for tours: every change loads the aggregate, applies its rule and saves in one transaction. */
public final class TourService
        implements CreateTourUseCase,
                EditTourUseCase,
                DeleteTourUseCase,
                ReplaceTourSequencesUseCase,
                ReorderTourUseCase,
                AddToTourUseCase,
                RemoveFromTourUseCase,
                GetTourUseCase,
                ListToursUseCase {

    private final TourRepository tours;
    private final SequenceLoader sequences;
    private final SequenceReadModel readModel;
    private final DerivedData derived;
    private final UserDirectory users;
    private final UnitOfWork unitOfWork;
    private final IdGenerator ids;
    private final Clock clock;

    public TourService(
            TourRepository tours,
            SequenceRepository sequences,
            SequenceReadModel readModel,
            DerivedData derived,
            UserDirectory users,
            UnitOfWork unitOfWork,
            IdGenerator ids,
            Clock clock) {
        this.tours = tours;
        this.sequences = new SequenceLoader(sequences);
        this.readModel = readModel;
        this.derived = derived;
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public TourView create(CreateTourUseCase.Command c) {
        return unitOfWork.inTransaction(() -> {
            Tour tour = Tour.create(TourId.of(ids.next()), c.actor(), c.details(), clock.instant());
            if (!c.sequences().isEmpty()) {
                tour.replace(c.actor(), load(c.actor(), c.sequences()), clock.instant());
            }
            tours.save(tour);
            return view(tour);
        });
    }

    @Override
    public TourView edit(EditTourUseCase.Command c) {
        return change(c.actor(), c.tour(), tour -> {
            TourDetails d = tour.details();
            tour.edit(
                    c.actor(),
                    new TourDetails(
                            c.name().applyTo(d.name()),
                            c.description().applyTo(d.description()),
                            c.tags().applyTo(d.tags())),
                    clock.instant());
        });
    }

    @Override
    public void delete(UserId actor, TourId id) {
        unitOfWork.run(() -> {
            find(id).requireOwner(actor);
            tours.delete(id);
        });
    }

    @Override
    public TourView replace(UserId actor, TourId id, List<SequenceId> list) {
        return change(actor, id, tour -> {
            tour.requireOwner(actor);
            tour.replace(actor, load(actor, list), clock.instant());
        });
    }

    @Override
    public TourView reorder(UserId actor, TourId id, List<SequenceId> order) {
        return change(actor, id, tour -> tour.reorder(actor, order, clock.instant()));
    }

    @Override
    public TourView add(UserId actor, TourId id, SequenceId sequence) {
        return change(actor, id, tour -> {
            tour.requireOwner(actor);
            tour.add(actor, sequences.visibleTo(actor, sequence), clock.instant());
        });
    }

    @Override
    public TourView remove(UserId actor, TourId id, SequenceId sequence) {
        return change(actor, id, tour -> tour.remove(actor, sequence, clock.instant()));
    }

    @Override
    public TourView get(TourId id) {
        return unitOfWork.reading(() -> view(find(id)));
    }

    @Override
    public Page<TourView> list(ListToursUseCase.Query q) {
        return unitOfWork.reading(() -> {
            UserId ownerId = null;
            if (q.owner() != null) {
                Optional<UserId> found = users.idOf(q.owner());
                if (found.isEmpty()) {
                    return Page.<TourView>last(List.of());
                }
                ownerId = found.get();
            }
            Page<Tour> found = tours.list(new TourQuery(ownerId, q.nameContains(), q.tags()), q.page());
            return new Page<>(views(found.items()), found.nextCursor());
        });
    }

    private TourView change(UserId actor, TourId id, Consumer<Tour> edit) {
        Require.notNull("actor", actor);
        return unitOfWork.inTransaction(() -> {
            Tour tour = find(id);
            edit.accept(tour);
            tours.save(tour);
            return view(tour);
        });
    }

    private Tour find(TourId id) {
        return tours.findById(id).orElseThrow(() -> new NotFoundException("tour", id));
    }

    private List<Sequence> load(UserId actor, List<SequenceId> ids) {
        List<Sequence> loaded = new ArrayList<>(ids.size());
        for (SequenceId id : ids) {
            loaded.add(sequences.visibleTo(actor, id));
        }
        return loaded;
    }

    private TourView view(Tour tour) {
        return views(List.of(tour)).get(0);
    }

    /** The views of many tours with one read of all their sequences, one of their owners' names, one of their likes. */
    private List<TourView> views(List<Tour> listed) {
        Map<SequenceId, SequenceSummary> summaries = readModel.summaries(
                listed.stream().flatMap(t -> t.sequences().stream()).collect(Collectors.toSet()));
        Map<UserId, Username> names =
                users.usernamesOf(listed.stream().map(Tour::owner).collect(Collectors.toSet()));
        Map<TourId, Long> likes =
                derived.tourLikeCounts(listed.stream().map(Tour::id).toList());
        List<TourView> views = new ArrayList<>(listed.size());
        for (Tour tour : listed) {
            Map<SequenceId, SequenceSummary> byId = new LinkedHashMap<>();
            for (SequenceId id : tour.sequences()) {
                Optional.ofNullable(summaries.get(id)).ifPresent(s -> byId.put(id, s));
            }
            Username ownerName = Optional.ofNullable(names.get(tour.owner()))
                    .orElseThrow(() -> new NotFoundException("user", tour.owner()));
            views.add(
                    new TourView(tour, ownerName, likes.get(tour.id()), List.copyOf(byId.values()), tour.totals(byId)));
        }
        return views;
    }
}
