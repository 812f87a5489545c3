package org.mtp.adapter.http.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.list.PageRequest;
import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.param.Paging;
import org.mtp.adapter.http.param.PathIds;
import org.mtp.adapter.http.param.TagsParam;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.problem.ErrorTranslations;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.adapter.http.route.Caller;
import org.mtp.adapter.http.sequence.SequenceFormats;
import org.mtp.application.model.format.Gpx;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.tour.AddToTourUseCase;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.DeleteTourUseCase;
import org.mtp.application.port.in.tour.EditTourUseCase;
import org.mtp.application.port.in.tour.GetTourUseCase;
import org.mtp.application.port.in.tour.ListToursUseCase;
import org.mtp.application.port.in.tour.RemoveFromTourUseCase;
import org.mtp.application.port.in.tour.ReplaceTourSequencesUseCase;
import org.mtp.application.port.in.tour.TourView;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.tour.TourFailures;
import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/**
 * HTTP resource: tours, an owner's ordered lists of their published sequences. Create, list (one user's, by a name's
 * part, by tags), read (JSON; GeoJSON as a FeatureCollection, a Feature per sequence; GPX with a segment per sequence),
 * merge-patch, delete, replace the whole ordered list ({@code PUT .../sequences}), append one, take one out.
 */
public final class ToursResource implements ApiResource {

    static final String PATH = "/api/v1/tours";
    static final String CURSOR = "tours";
    private final CreateTourUseCase create;
    private final GetTourUseCase get;
    private final ListToursUseCase list;
    private final EditTourUseCase edit;
    private final DeleteTourUseCase delete;
    private final ReplaceTourSequencesUseCase replace;
    private final AddToTourUseCase add;
    private final RemoveFromTourUseCase remove;
    private final GetSequenceUseCase getSequence;

    public ToursResource(
            CreateTourUseCase create,
            GetTourUseCase get,
            ListToursUseCase list,
            EditTourUseCase edit,
            DeleteTourUseCase delete,
            ReplaceTourSequencesUseCase replace,
            AddToTourUseCase add,
            RemoveFromTourUseCase remove,
            GetSequenceUseCase getSequence) {
        this.create = create;
        this.get = get;
        this.list = list;
        this.edit = edit;
        this.delete = delete;
        this.replace = replace;
        this.add = add;
        this.remove = remove;
        this.getSequence = getSequence;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post(PATH).access(Access.WRITE).handle(this::create);
        routes.get(PATH).handle(this::list);
        routes.get(PATH + "/{id}")
                .produces(MediaType.JSON, MediaType.GEO_JSON, MediaType.GPX)
                .handle(this::show);
        routes.patch(PATH + "/{id}").access(Access.WRITE).handle(this::edit);
        routes.delete(PATH + "/{id}").access(Access.WRITE).handle(this::delete);
        routes.put(PATH + "/{id}/sequences").access(Access.WRITE).handle(this::replace);
        routes.post(PATH + "/{id}/sequences").access(Access.WRITE).handle(this::add);
        routes.delete(PATH + "/{id}/sequences/{sequence_id}")
                .access(Access.WRITE)
                .handle(this::remove);
    }

    /** A sequence the tour may not hold is an invalid value of the body's list, so a 400 naming it. */
    @Override
    public void registerErrors(ErrorTranslations translations) {
        translations.translate(
                TourFailures.NotEligible.class,
                failure -> ApiException.invalidFields(
                        Map.of("sequences", List.of(failure.getMessage())), failure.getMessage()));
    }

    private void create(ApiExchange exchange) {
        TourView view = naming(
                "sequences",
                () -> create.create(TourForms.create(exchange.caller().userId(), exchange.body())));
        exchange.header("Location", PATH + "/" + view.tour().id());
        exchange.json(201, TourJson.from(view));
    }

    /** Filters as the sequence search names them: {@code username} (exact), {@code name} (contains), {@code tags}. */
    private void list(ApiExchange exchange) {
        Params query = exchange.query();
        FieldErrors errors = new FieldErrors();
        Username owner =
                errors.check(() -> query.string("username").map(Username::of).orElse(null));
        String name = errors.check("name", () -> query.string("name").orElse(null));
        Tags tags = errors.check(() -> TagsParam.read(query).orElse(Tags.NONE));
        errors.throwIfAny();
        PageRequest page = exchange.pageRequest(CURSOR);
        Page<TourView> tours = list.list(new ListToursUseCase.Query(owner, name, tags, Paging.of(page)));
        exchange.list(tours.items().stream().map(TourSummaryJson::from).toList(), CURSOR, Paging.next(tours));
    }

    private void show(ApiExchange exchange) {
        TourView view = get.get(PathIds.tour(exchange, "id"));
        MediaType type = exchange.representation();
        if (type.equals(MediaType.JSON)) {
            exchange.json(200, TourJson.from(view));
            return;
        }
        List<List<Photo>> tracks = tracks(exchange, view);
        if (type.equals(MediaType.GEO_JSON)) {
            exchange.json(200, type, TourGeoJson.of(view, tracks));
        } else {
            List<List<Gpx.Point>> segments =
                    tracks.stream().map(SequenceFormats::points).toList();
            exchange.send(
                    200,
                    type,
                    Gpx.write(new Gpx.Track(
                            view.tour().details().name(), view.tour().details().description(), null, segments)));
        }
    }

    private void edit(ApiExchange exchange) {
        TourId id = PathIds.tour(exchange, "id");
        exchange.json(
                200, TourJson.from(edit.edit(TourForms.edit(exchange.caller().userId(), id, exchange.body()))));
    }

    private void delete(ApiExchange exchange) {
        delete.delete(exchange.caller().userId(), PathIds.tour(exchange, "id"));
        exchange.noContent();
    }

    private void replace(ApiExchange exchange) {
        TourId id = PathIds.tour(exchange, "id");
        List<SequenceId> sequences = TourForms.sequenceList(exchange.body());
        exchange.json(
                200,
                TourJson.from(naming(
                        "sequences", () -> replace.replace(exchange.caller().userId(), id, sequences))));
    }

    private void add(ApiExchange exchange) {
        TourId id = PathIds.tour(exchange, "id");
        SequenceId sequence = SequenceId.parse("sequence", exchange.body().requiredString("sequence"));
        exchange.json(
                200,
                TourJson.from(naming("sequence", () -> add.add(exchange.caller().userId(), id, sequence))));
    }

    private void remove(ApiExchange exchange) {
        TourId id = PathIds.tour(exchange, "id");
        SequenceId sequence = PathIds.sequence(exchange, "sequence_id");
        exchange.json(200, TourJson.from(remove.remove(exchange.caller().userId(), id, sequence)));
    }

    /** Each member's photos in tour order, read as the caller may see them. */
    private List<List<Photo>> tracks(ApiExchange exchange, TourView view) {
        UserId viewer = exchange.optionalCaller().map(Caller::userId).orElse(null);
        List<List<Photo>> tracks = new ArrayList<>();
        for (SequenceSummary member : view.sequences()) {
            tracks.add(getSequence.get(viewer, member.id()).sequence().photos());
        }
        return tracks;
    }

    /**
     * A sequence named in the body that does not exist (or is someone else's draft) is an invalid value of that field,
     * not a missing tour: a 400 naming {@code field}. An unknown tour stays a 404.
     */
    private static TourView naming(String field, Supplier<TourView> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            if (e.kind().equals("sequence")) {
                throw ApiException.invalidField(field, e.getMessage());
            }
            throw e;
        }
    }
}
