package org.mtp.adapter.http.sequence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mtp.adapter.http.list.PageRequest;
import org.mtp.adapter.http.mapillary.MapillaryFailures;
import org.mtp.adapter.http.negotiation.IfNoneMatch;
import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.param.Paging;
import org.mtp.adapter.http.param.PathIds;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.problem.ErrorTranslations;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.adapter.http.route.Caller;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.AttachMapillaryUseCase;
import org.mtp.application.port.in.sequence.CreateDraftUseCase;
import org.mtp.application.port.in.sequence.DeleteSequenceUseCase;
import org.mtp.application.port.in.sequence.EditSequenceUseCase;
import org.mtp.application.port.in.sequence.GetSequenceRevisionUseCase;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.sequence.ImportLimitReachedException;
import org.mtp.application.port.in.sequence.ImportSequenceUseCase;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.domain.sequence.AttachOutcome;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.user.UserId;

/**
 * HTTP resource: sequences. The uploader's routes ({@code POST /api/v1/sequence/create}, {@code PUT
 * /api/v1/sequence/import/{unique_id}}) and the one-step import ({@code POST /api/v1/sequence/import}), then search,
 * read (JSON, GeoJSON, GPX), merge-patch and delete under {@code /api/v1/sequences}.
 */
public final class SequencesResource implements ApiResource {

    static final String PATH = "/api/v1/sequences";
    /**
     * The default budget of the rendered sequences kept for repeat reads: 16 MiB, about 6,000 sequences of 20 photos.
     */
    public static final long DEFAULT_RENDERED_BYTES = 16L * 1_048_576;

    private final CreateDraftUseCase createDraft;
    private final AttachMapillaryUseCase attachMapillary;
    private final ImportSequenceUseCase importSequence;
    private final SearchSequencesUseCase searchSequences;
    private final GetSequenceUseCase getSequence;
    private final GetSequenceRevisionUseCase getRevision;
    private final EditSequenceUseCase editSequence;
    private final DeleteSequenceUseCase deleteSequence;
    private final Clock clock;
    private final RenderedSequences rendered;

    /**
     * @param clock the services' clock, for the seconds of {@code Retry-After} when the daily import limit is hit
     * @param renderedBytes the budget of the sequences' JSON kept for repeat reads (0: none)
     */
    public SequencesResource(
            CreateDraftUseCase createDraft,
            AttachMapillaryUseCase attachMapillary,
            ImportSequenceUseCase importSequence,
            SearchSequencesUseCase searchSequences,
            GetSequenceUseCase getSequence,
            GetSequenceRevisionUseCase getRevision,
            EditSequenceUseCase editSequence,
            DeleteSequenceUseCase deleteSequence,
            Clock clock,
            long renderedBytes) {
        this.createDraft = createDraft;
        this.attachMapillary = attachMapillary;
        this.importSequence = importSequence;
        this.searchSequences = searchSequences;
        this.getSequence = getSequence;
        this.getRevision = getRevision;
        this.editSequence = editSequence;
        this.deleteSequence = deleteSequence;
        this.clock = clock;
        this.rendered = new RenderedSequences(renderedBytes);
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/v1/sequence/create").access(Access.WRITE).handle(this::createDraft);
        routes.put("/api/v1/sequence/import/{unique_id}").access(Access.WRITE).handle(this::attach);
        routes.post("/api/v1/sequence/import").access(Access.WRITE).handle(this::importOne);
        routes.get(PATH).handle(this::search);
        routes.get(PATH + "/{id}")
                .produces(MediaType.JSON, MediaType.GEO_JSON, MediaType.GPX)
                .handle(this::show);
        routes.patch(PATH + "/{id}").access(Access.WRITE).handle(this::edit);
        routes.delete(PATH + "/{id}").access(Access.WRITE).handle(this::delete);
    }

    @Override
    public void registerErrors(ErrorTranslations translations) {
        MapillaryFailures.register(translations);
        translations
                .code("not_published", 409, "Sequence not published")
                .code("import_limit_reached", 429, "Daily import limit reached")
                .translate(
                        ImportLimitReachedException.class,
                        failure -> ApiException.of(429, failure.code(), failure.getMessage())
                                .withHeader("Retry-After", Long.toString(secondsUntil(failure.retryAt()))));
    }

    private void createDraft(ApiExchange exchange) {
        SequenceId id = createDraft.createDraft(
                new CreateDraftUseCase.Command(exchange.caller().userId(), SequenceForms.details(exchange.body())));
        exchange.header("Location", PATH + "/" + id);
        exchange.json(
                201,
                UploaderReply.success(
                        "draft created; it is published once its Mapillary sequence is "
                                + "attached with PUT /api/v1/sequence/import/" + id,
                        id.value()));
    }

    private void attach(ApiExchange exchange) {
        UserId actor = exchange.caller().userId();
        SequenceId id = PathIds.sequence(exchange, "unique_id");
        AttachMapillaryUseCase.Command command = SequenceForms.attach(actor, id, exchange.body());
        AttachMapillaryUseCase.Result result = attachMapillary.attach(command);
        exchange.json(200, ImportReply.success(attachMessage(command, result), SequenceJson.from(result.view())));
    }

    private void importOne(ApiExchange exchange) {
        UserId actor = exchange.caller().userId();
        ImportSequenceUseCase.Command command = SequenceForms.importOne(actor, exchange.body());
        SequenceView imported = importSequence.importSequence(command);
        exchange.header("Location", PATH + "/" + imported.sequence().id());
        exchange.json(
                201,
                ImportReply.success(
                        "imported and published Mapillary sequence " + command.key(), SequenceJson.from(imported)));
    }

    private void search(ApiExchange exchange) {
        SequenceSearch search = SequenceSearch.parse(exchange.query());
        Optional<UserId> viewer = search.drafts()
                ? Optional.of(exchange.caller().userId())
                : exchange.optionalCaller().map(Caller::userId);
        PageRequest page = exchange.pageRequest(search.cursorKind());
        Page<SequenceSummary> found = searchSequences.search(search.toQuery(viewer, Paging.of(page)));
        exchange.list(found.items().stream().map(SequenceJson::from).toList(), search.cursorKind(), Paging.next(found));
    }

    /**
     * One sequence. Its revision is read first (one primary-key read, who may see it checked) when it can spare the
     * whole read: when {@code If-None-Match} came, answered 304 on a match, or when its JSON was kept from an earlier
     * read at that same revision.
     */
    private void show(ApiExchange exchange) {
        SequenceId id = PathIds.sequence(exchange, "id");
        MediaType type = exchange.representation();
        UserId viewer = viewer(exchange);
        IfNoneMatch condition = IfNoneMatch.parse(exchange.requestHeader("If-None-Match"));
        RenderedSequences.Rendered known = type.equals(MediaType.JSON) ? rendered.get(id) : null;
        if (condition.present() || known != null) {
            GetSequenceRevisionUseCase.Revision current = getRevision.revision(viewer, id);
            String tag = SequenceValidators.entityTag(current.number(), type);
            if (condition.matches(tag)) {
                SequenceValidators.apply(exchange, tag, current.published());
                exchange.notModified();
                return;
            }
            if (known != null && known.revision() == current.number()) {
                SequenceValidators.apply(exchange, tag, current.published());
                exchange.jsonText(200, known.json());
                return;
            }
        }
        SequenceView view = getSequence.get(viewer, id);
        SequenceValidators.apply(
                exchange,
                SequenceValidators.entityTag(view.revision(), type),
                view.sequence().isPublished());
        if (type.equals(MediaType.JSON)) {
            String json = SequenceWithPhotosJson.from(view).text();
            rendered.put(id, new RenderedSequences.Rendered(view.revision(), json));
            exchange.jsonText(200, json);
        } else if (type.equals(MediaType.GEO_JSON)) {
            exchange.json(200, type, SequenceFormats.geoJson(view));
        } else {
            exchange.send(200, type, SequenceFormats.gpx(view));
        }
    }

    private void edit(ApiExchange exchange) {
        UserId actor = exchange.caller().userId();
        SequenceId id = PathIds.sequence(exchange, "id");
        exchange.json(
                200, SequenceWithPhotosJson.from(editSequence.edit(SequenceForms.edit(actor, id, exchange.body()))));
    }

    private void delete(ApiExchange exchange) {
        deleteSequence.delete(exchange.caller().userId(), PathIds.sequence(exchange, "id"));
        exchange.noContent();
    }

    private static UserId viewer(ApiExchange exchange) {
        return exchange.optionalCaller().map(Caller::userId).orElse(null);
    }

    private static String attachMessage(AttachMapillaryUseCase.Command command, AttachMapillaryUseCase.Result result) {
        String links = command.links().isEmpty() ? "" : "links saved";
        if (!command.attachesMapillary()) {
            return links;
        }
        String mapillary = result.mapillaryOutcome() == AttachOutcome.PUBLISHED
                ? "published from Mapillary sequence " + command.key()
                : "already published from Mapillary sequence " + command.key() + "; nothing changed there";
        return links.isEmpty() ? mapillary : mapillary + "; " + links;
    }

    /**
     * The daily import limit counts UTC days, so imports resume at the next UTC midnight (mtp-reference §7.12). The
     * failure's own {@code retryAt} is out of reach: it is declared in a service package, which adapters may not use.
     */
    /** Whole seconds from now until {@code retryAt}, rounded up, at least one. */
    private long secondsUntil(Instant retryAt) {
        return Math.max(1, (Duration.between(clock.instant(), retryAt).toMillis() + 999) / 1000);
    }
}
