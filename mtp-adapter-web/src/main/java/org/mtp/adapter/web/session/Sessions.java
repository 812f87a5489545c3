package org.mtp.adapter.web.session;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.port.in.account.ResolveSessionUseCase;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.oauth.InvalidTokenException;
import org.mtp.domain.common.ValidationException;

/**
 * Browser sessions: the cookie {@code mtp_session} holds an access token of the first-party client, resolved through
 * the application on each request (so a revoked session ends at once, on every node). A cookie that no longer resolves
 * is treated as signed out and cleared.
 */
public final class Sessions {

    public static final String COOKIE = "mtp_session";
    private static final String ATTRIBUTE = "mtp.viewer";
    private static final Optional<Viewer> NOBODY = Optional.empty();

    private final ResolveSessionUseCase resolve;
    private final boolean secureCookies;

    public Sessions(ResolveSessionUseCase resolve, boolean secureCookies) {
        this.resolve = resolve;
        this.secureCookies = secureCookies;
    }

    /** Who is signed in on this request, read once per request. */
    public Optional<Viewer> viewer(Context ctx) {
        Optional<Viewer> known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        Optional<Viewer> found = resolve(ctx);
        ctx.attribute(ATTRIBUTE, found);
        return found;
    }

    /** The raw session cookie, or null; what form tokens of a signed-in person are derived from. */
    public static String cookie(Context ctx) {
        return ctx.cookie(COOKIE);
    }

    /** Starts a session with a freshly signed-in person's token; the rest of this response is theirs. */
    public void begin(Context ctx, SignInUseCase.SignedIn signedIn) {
        ctx.cookie(cookie(signedIn.session().token().reveal(), -1));
        ctx.attribute(
                ATTRIBUTE,
                Optional.of(new Viewer(
                        signedIn.user().id(),
                        signedIn.user().username(),
                        signedIn.session().id())));
    }

    /** Forgets the session in this browser. */
    public void end(Context ctx) {
        ctx.cookie(cookie("", 0));
        ctx.attribute(ATTRIBUTE, NOBODY);
    }

    private Optional<Viewer> resolve(Context ctx) {
        String raw = ctx.cookie(COOKIE);
        if (raw == null || raw.isEmpty()) {
            return NOBODY;
        }
        try {
            ResolveSessionUseCase.Session session = resolve.resolve(AccessToken.of(raw));
            return Optional.of(new Viewer(session.user().id(), session.user().username(), session.tokenId()));
        } catch (InvalidTokenException | ValidationException e) {
            end(ctx);
            return NOBODY;
        }
    }

    private Cookie cookie(String value, int maxAge) {
        return new Cookie(COOKIE, value, "/", maxAge, secureCookies, true, null, SameSite.LAX);
    }
}
