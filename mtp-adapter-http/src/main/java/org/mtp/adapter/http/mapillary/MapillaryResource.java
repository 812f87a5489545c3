package org.mtp.adapter.http.mapillary;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.html.Html;
import org.mtp.adapter.http.list.CursorCodec;
import org.mtp.adapter.http.list.PageRequest;
import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.param.TimeParams;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.problem.ErrorStyle;
import org.mtp.adapter.http.problem.ErrorTranslations;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.application.port.in.mapillary.CompleteMapillaryConnectionUseCase;
import org.mtp.application.port.in.mapillary.StartMapillaryConnectionUseCase;
import org.mtp.application.port.in.mapillary.VerifyMapillaryTokenUseCase;
import org.mtp.application.port.in.sequence.ListImportableUseCase;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.time.TimeRange;

/**
 * HTTP resource: the user's Mapillary account. {@code POST /api/v1/mapillary/token/verify} stores a token the user
 * holds; {@code GET /api/v1/mapillary/connect} starts Mapillary's OAuth flow and {@code GET /api/v1/mapillary/callback}
 * (where Mapillary sends the browser back) finishes it with a short HTML page; {@code GET /api/v1/mapillary/sequences}
 * lists the user's Mapillary sequences nobody has imported yet.
 */
public final class MapillaryResource implements ApiResource {

    static final String IMPORTABLE_CURSOR = "mapillary.sequences";
    private static final Comparator<MapillarySequenceSummary> ORDER = Comparator.comparing(
                    MapillarySequenceSummary::capturedAt)
            .thenComparing(s -> s.key().value());
    private final VerifyMapillaryTokenUseCase verifyToken;
    private final StartMapillaryConnectionUseCase startConnection;
    private final CompleteMapillaryConnectionUseCase completeConnection;
    private final ListImportableUseCase listImportable;

    public MapillaryResource(
            VerifyMapillaryTokenUseCase verifyToken,
            StartMapillaryConnectionUseCase startConnection,
            CompleteMapillaryConnectionUseCase completeConnection,
            ListImportableUseCase listImportable) {
        this.verifyToken = verifyToken;
        this.startConnection = startConnection;
        this.completeConnection = completeConnection;
        this.listImportable = listImportable;
    }

    /** The account a token or the OAuth flow linked. */
    record ConnectedJson(String mapillaryUserId, String mapillaryUsername) {

        static ConnectedJson from(MapillaryUser user) {
            return new ConnectedJson(user.id().value(), user.username());
        }
    }

    /** Where to send the user's browser to connect. */
    record ConnectJson(String authorizationUrl) {}

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/v1/mapillary/token/verify").access(Access.WRITE).handle(this::verifyToken);
        routes.get("/api/v1/mapillary/connect").access(Access.WRITE).handle(this::connect);
        routes.get("/api/v1/mapillary/callback")
                .access(Access.PUBLIC)
                .produces(MediaType.HTML)
                .errors(ErrorStyle.HTML)
                .handle(this::callback);
        routes.get("/api/v1/mapillary/sequences").access(Access.READ).handle(this::importable);
    }

    @Override
    public void registerErrors(ErrorTranslations translations) {
        MapillaryFailures.register(translations);
        translations.code("invalid_state", 400, "Invalid state");
        translations.code("mapillary_not_configured", 503, "Mapillary not configured");
    }

    private void verifyToken(ApiExchange exchange) {
        MapillaryToken token = MapillaryToken.of(exchange.body().requiredString("mapillary_token"));
        MapillaryUser user = verifyToken.verifyAndStore(exchange.caller().userId(), token);
        exchange.json(200, ConnectedJson.from(user));
    }

    private void connect(ApiExchange exchange) {
        exchange.json(
                200,
                new ConnectJson(
                        startConnection.start(exchange.caller().userId()).toString()));
    }

    private void callback(ApiExchange exchange) {
        Params query = exchange.query();
        Optional<ReturnPath> back = query.string("state").flatMap(completeConnection::returnPathOf);
        if (back.isPresent()) {
            backToTheWebApp(exchange, query, back.get());
            return;
        }
        Optional<String> error = query.string("error");
        if (error.isPresent()) {
            String detail = "Mapillary did not connect the account: "
                    + query.string("error_description").orElse(error.get());
            throw error.get().equals("access_denied")
                    ? ApiException.of(403, "access_denied", detail)
                    : ApiException.of(400, "bad_request", detail);
        }
        FieldErrors errors = new FieldErrors();
        String code = errors.check("code", () -> query.requiredString("code"));
        String state = errors.check("state", () -> query.requiredString("state"));
        errors.throwIfAny();
        MapillaryUser user = completeConnection.complete(code, state);
        exchange.header("Cache-Control", "no-store");
        exchange.header("X-Frame-Options", "DENY");
        exchange.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
        exchange.header("Referrer-Policy", "no-referrer");
        exchange.send(
                200,
                MediaType.HTML,
                Html.page(
                        "Mapillary account connected",
                        "<h1>Mapillary account connected</h1><p>Your Mapillary account <strong>"
                                + Html.escape(user.username())
                                + "</strong> is now connected to Map the Paths. You can close this window.</p>"));
    }

    /**
     * A connection the web app started: whatever happens, 303 back to its path on this site with the outcome as a fixed
     * word ({@code connected}, {@code denied}, {@code failed}) the page turns into a message. A denial uses the state
     * up and stores nothing.
     */
    private void backToTheWebApp(ApiExchange exchange, Params query, ReturnPath back) {
        String state = query.requiredString("state");
        String outcome;
        if (query.string("error").isPresent()) {
            completeConnection.decline(state);
            outcome = "denied";
        } else {
            try {
                completeConnection.complete(query.string("code").orElse(""), state);
                outcome = "connected";
            } catch (DomainException | MapillaryException failed) {
                outcome = "failed";
            }
        }
        exchange.header("Cache-Control", "no-store");
        exchange.header("Referrer-Policy", "no-referrer");
        exchange.ctx().status(303).header("Location", back.with("mapillary", outcome));
    }

    /** The whole list comes from Mapillary on every page; pages continue after the last item's time and key. */
    private void importable(ApiExchange exchange) {
        Params query = exchange.query();
        FieldErrors errors = new FieldErrors();
        String from = errors.check("from", () -> query.requiredString("from"));
        String to = errors.check("to", () -> query.requiredString("to"));
        errors.throwIfAny();
        TimeRange window = TimeRange.ofDates(TimeParams.date("from", from), TimeParams.date("to", to));
        PageRequest page = exchange.pageRequest(IMPORTABLE_CURSOR);
        List<MapillarySequenceSummary> all =
                listImportable
                        .listImportable(new ListImportableUseCase.Query(
                                exchange.caller().userId(), window))
                        .stream()
                        .sorted(ORDER)
                        .toList();
        List<MapillarySequenceSummary> rest =
                page.after().map(position -> after(all, position)).orElse(all);
        List<MapillarySequenceSummary> items = rest.subList(0, Math.min(page.limit(), rest.size()));
        Optional<List<String>> next =
                items.size() < rest.size() ? Optional.of(position(items.get(items.size() - 1))) : Optional.empty();
        exchange.list(items.stream().map(ImportableJson::from).toList(), IMPORTABLE_CURSOR, next);
    }

    private static List<String> position(MapillarySequenceSummary s) {
        return List.of(s.capturedAt().toString(), s.key().value());
    }

    private static List<MapillarySequenceSummary> after(List<MapillarySequenceSummary> all, List<String> position) {
        if (position.size() != 2) {
            throw CursorCodec.invalid();
        }
        Instant at;
        try {
            at = Instant.parse(position.get(0));
        } catch (DateTimeParseException e) {
            throw CursorCodec.invalid();
        }
        String key = position.get(1);
        return all.stream()
                .filter(s -> s.capturedAt().isAfter(at)
                        || s.capturedAt().equals(at) && s.key().value().compareTo(key) > 0)
                .toList();
    }
}
