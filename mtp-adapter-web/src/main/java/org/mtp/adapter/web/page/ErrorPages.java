package org.mtp.adapter.web.page;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.EndpointNotFound;
import org.mtp.adapter.web.session.CsrfRefusedException;
import org.mtp.application.port.in.account.SignInThrottledException;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.out.transaction.StoreUnavailableException;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.common.NotOwnerException;
import org.mtp.domain.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The web app's answers to failures on its paths, as HTML pages: 404 for what does not exist or may not be known, 403
 * for a refused form token or someone else's item, 429 with {@code Retry-After} for too many sign-ins, 400/409 for a
 * refused request, 503 for an unavailable database, and 500 with the request's reference (its {@code X-Request-Id},
 * also in the log line) for anything unexpected.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String REQUEST_ID_LOG_KEY = "request_id";

    private final PageWriter pages;

    public ErrorPages(PageWriter pages) {
        this.pages = pages;
    }

    public void answer(Exception failure, Context ctx) {
        if (failure instanceof EndpointNotFound || failure instanceof NotFoundException) {
            page(ctx, 404, Texts.ERROR_TITLE_NOT_FOUND, Texts.ERROR_NOT_FOUND, null);
        } else if (failure instanceof CsrfRefusedException) {
            page(ctx, 403, Texts.ERROR_TITLE_FORBIDDEN, Texts.ERROR_FORBIDDEN, null);
        } else if (failure instanceof NotOwnerException) {
            page(ctx, 403, Texts.ERROR_TITLE_FORBIDDEN, Texts.ERROR_NOT_OWNER, null);
        } else if (failure instanceof SignInThrottledException throttled) {
            long seconds = throttled.retryAfter().toSeconds();
            ctx.header("Retry-After", Long.toString(seconds));
            page(ctx, 429, Texts.ERROR_TITLE_THROTTLED, Texts.retryIn(seconds), null);
        } else if (failure instanceof ValidationException invalid) {
            page(ctx, 400, Texts.ERROR_TITLE_BAD_REQUEST, invalid.getMessage(), null);
        } else if (failure instanceof DomainException refused) {
            page(ctx, 409, Texts.ERROR_TITLE_CONFLICT, refused.getMessage(), null);
        } else if (failure instanceof StoreUnavailableException) {
            ctx.header("Retry-After", "5");
            page(ctx, 503, Texts.ERROR_TITLE_UNAVAILABLE, Texts.ERROR_UNAVAILABLE, null);
        } else if (failure instanceof HttpResponseException http && http.getStatus() == 405) {
            ctx.header("Allow", http.getDetails().getOrDefault("availableMethods", ""));
            page(ctx, 405, Texts.ERROR_TITLE_METHOD, Texts.ERROR_METHOD, null);
        } else if (failure instanceof HttpResponseException http && http.getStatus() < 500) {
            page(ctx, 404, Texts.ERROR_TITLE_NOT_FOUND, Texts.ERROR_NOT_FOUND, null);
        } else {
            String reference = reference(ctx);
            LOG.error("unexpected failure on {} {} (reference {})", ctx.method(), ctx.path(), reference, failure);
            page(ctx, 500, Texts.ERROR_TITLE_INTERNAL, Texts.ERROR_INTERNAL, reference);
        }
    }

    /** The id the server gave this request: in its log context and its response header. */
    private static String reference(Context ctx) {
        String logged = MDC.get(REQUEST_ID_LOG_KEY);
        String answered = ctx.res().getHeader(REQUEST_ID_HEADER);
        return answered != null ? answered : logged != null ? logged : "unknown";
    }

    private void page(Context ctx, int status, String title, String message, String reference) {
        try {
            pages.send(
                    ctx,
                    status,
                    pages.templates().error(pages.layout(ctx, title), new ErrorModel(title, message, reference)));
        } catch (RuntimeException unrenderable) {
            // e.g. the database failed while reading who is signed in: a bare page still tells what happened
            LOG.warn("error page not rendered: {}", unrenderable.toString());
            ctx.status(status).contentType("text/plain; charset=utf-8").result(title + ". " + message);
        }
    }
}
