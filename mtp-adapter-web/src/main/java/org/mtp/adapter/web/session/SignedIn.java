package org.mtp.adapter.web.session;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The gate of pages and forms that need a signed-in person: nobody signed in is sent to sign in (303 to
 * {@code /sign-in?return_to=<path>}, a path on this site), and a form post must carry its form token.
 */
public final class SignedIn {

    private final Sessions sessions;
    private final Csrf csrf;

    public SignedIn(Sessions sessions, Csrf csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    /**
     * The viewer, or null after answering a redirect to sign in that comes back to {@code returnTo}; on a POST the form
     * token is checked then ({@link CsrfRefusedException} when wrong).
     */
    public Viewer require(Context ctx, String returnTo) {
        Optional<Viewer> viewer = sessions.viewer(ctx);
        if (viewer.isEmpty()) {
            ctx.header("Cache-Control", "no-store");
            ctx.redirect(signInFor(returnTo), HttpStatus.SEE_OTHER);
            return null;
        }
        if (ctx.method().name().equals("POST") && !csrf.accepts(ctx)) {
            throw new CsrfRefusedException();
        }
        return viewer.get();
    }

    /** The sign-in address that comes back to {@code path}, which {@link ReturnPaths} has checked. */
    public static String signInFor(String path) {
        return "/sign-in?return_to=" + URLEncoder.encode(ReturnPaths.safe(path), StandardCharsets.UTF_8);
    }
}
