package org.mtp.adapter.http.problem;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mtp.adapter.http.json.MalformedJsonException;
import org.mtp.adapter.http.route.ApiPaths;
import org.mtp.adapter.http.route.MatchedRoute;
import org.mtp.adapter.http.system.RequestIds;
import org.mtp.application.port.in.account.UserConflictException;
import org.mtp.application.port.out.transaction.ConcurrentUpdateException;
import org.mtp.application.port.out.transaction.StoreUnavailableException;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central mapping from exceptions to answers, registered once in Javalin: business failures by their code,
 * Javalin's own 404/405/413, malformed bodies, an unavailable database (503 with {@code Retry-After}), the resources'
 * own translations, and anything else as a 500 whose stack trace goes to the log under a reference id, never to the
 * client. On a server shared with another adapter it answers the API's own paths ({@link ApiPaths}) only and hands a
 * failure on any other path to that path's owner.
 */
public final class ExceptionMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionMapping.class);
    /** What a 503 for an unavailable database tells the client to wait: long enough for a pool to reconnect. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    private final ErrorResponder responder;
    private final ExceptionHandler<Exception> otherPaths;

    /** @param otherPaths answers failures on the paths the API does not own; null when the API owns every path */
    public ExceptionMapping(ErrorResponder responder, ExceptionHandler<Exception> otherPaths) {
        this.responder = responder;
        this.otherPaths = otherPaths;
    }

    public void register(RoutesConfig routes, ErrorTranslations translations) {
        on(routes, ApiException.class, (failure, ctx) -> responder.respond(ctx, failure));
        on(routes, DomainException.class, (failure, ctx) -> {
            Function<DomainException, ApiException> byCode = translations.forCode(failure.code());
            responder.respond(ctx, byCode != null ? byCode.apply(failure) : fromDomain(failure));
        });
        on(
                routes,
                MalformedJsonException.class,
                (failure, ctx) -> responder.respond(ctx, ApiException.malformedBody(failure.getMessage())));
        on(
                routes,
                ConcurrentUpdateException.class,
                (failure, ctx) -> responder.respond(
                        ctx,
                        ApiException.of(
                                409, "conflict", "someone else changed the same data at the same time; try again")));
        on(routes, StoreUnavailableException.class, this::storeUnavailable);
        on(routes, HttpResponseException.class, (failure, ctx) -> responder.respond(ctx, fromJavalin(failure, ctx)));
        translations.all().forEach((type, how) -> register(routes, type, how));
        on(routes, Exception.class, this::unexpected);
    }

    private <E extends Exception> void register(
            RoutesConfig routes, Class<E> type, Function<Exception, ApiException> how) {
        on(routes, type, (failure, ctx) -> responder.respond(ctx, how.apply(failure)));
    }

    /** Registers {@code handler} for the API's paths; a failure elsewhere goes to the owner of that path. */
    private <E extends Exception> void on(RoutesConfig routes, Class<E> type, ExceptionHandler<E> handler) {
        routes.exception(type, (failure, ctx) -> {
            if (otherPaths == null || ApiPaths.owns(ctx.path())) {
                handler.handle(failure, ctx);
            } else {
                otherPaths.handle(failure, ctx);
            }
        });
    }

    /** The answer for a business failure, by its code. */
    public ApiException fromDomain(DomainException failure) {
        ProblemCatalog.Entry entry = responder.catalog().entry(failure.code());
        ApiException answer = ApiException.of(entry.status(), failure.code(), failure.getMessage());
        if (failure instanceof ValidationException invalid) {
            return answer.withErrors(Map.of(invalid.field(), List.of(failure.getMessage())));
        }
        if (failure instanceof UserConflictException conflict) {
            return answer.withErrors(Map.of(conflict.field(), List.of("is already taken")));
        }
        return answer;
    }

    private static ApiException fromJavalin(HttpResponseException failure, Context ctx) {
        if (failure instanceof EndpointNotFound) {
            return ApiException.of(404, "not_found", "there is no " + ctx.method() + " " + ctx.path());
        }
        if (failure.getStatus() == 405) {
            String allowed = failure.getDetails().getOrDefault("availableMethods", "");
            return ApiException.of(
                            405, "method_not_allowed", ctx.method() + " is not allowed here; allowed: " + allowed)
                    .withHeader("Allow", allowed);
        }
        if (failure.getStatus() == 413) {
            return ApiException.of(413, "payload_too_large", "the request body is too large");
        }
        int status = failure.getStatus() >= 500 ? 500 : failure.getStatus();
        return ApiException.of(status, status >= 500 ? "internal_error" : "bad_request", failure.getMessage());
    }

    /**
     * The database is down or silent: a 503 the client may retry after a few seconds, and one log line without a stack
     * trace (an outage would otherwise flood the log with identical traces).
     */
    private void storeUnavailable(StoreUnavailableException failure, Context ctx) {
        LOG.warn("database unavailable on {} {}: {}", ctx.method(), MatchedRoute.of(ctx), rootMessage(failure));
        responder.respond(
                ctx,
                ApiException.of(
                                503,
                                "database_unavailable",
                                "the database is unavailable at the moment; try again in "
                                        + DATABASE_RETRY_AFTER_SECONDS + " seconds")
                        .withHeader("Retry-After", Integer.toString(DATABASE_RETRY_AFTER_SECONDS)));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * The reference is the request's id, which the client also has in {@code X-Request-Id} and the log line carries.
     */
    private void unexpected(Exception failure, Context ctx) {
        String reference = RequestIds.of(ctx);
        LOG.error("unexpected failure on {} {} (reference {})", ctx.method(), MatchedRoute.of(ctx), reference, failure);
        responder.respond(
                ctx, ApiException.of(500, "internal_error", "an unexpected error occurred; reference " + reference));
    }
}
