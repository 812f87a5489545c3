package org.mtp.adapter.web.page;

import gg.jte.models.runtime.JteModel;
import io.javalin.http.Context;
import java.util.Optional;
import org.mtp.adapter.web.WebSettings;
import org.mtp.adapter.web.asset.Assets;
import org.mtp.adapter.web.session.Csrf;
import org.mtp.adapter.web.session.Sessions;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.adapter.web.template.Templates;

/**
 * Renders pages and sends them with the headers every page carries: the content security policy, no sniffing, a strict
 * referrer policy, and {@code Cache-Control: private, no-store} for a signed-in person's pages.
 */
public final class PageWriter {

    private final Templates templates;
    private final Assets assets;
    private final Sessions sessions;
    private final Csrf csrf;
    private final WebSettings settings;
    private final String policy;
    private final boolean accounts;

    /** @param accounts whether the sign-in, sign-up and account pages exist, so the layout links them */
    public PageWriter(
            Templates templates, Assets assets, Sessions sessions, Csrf csrf, WebSettings settings, boolean accounts) {
        this.templates = templates;
        this.assets = assets;
        this.sessions = sessions;
        this.csrf = csrf;
        this.settings = settings;
        this.policy = ContentSecurityPolicy.forTiles(settings.tileUrl());
        this.accounts = accounts;
    }

    public Templates templates() {
        return templates;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Csrf csrf() {
        return csrf;
    }

    public Layout layout(Context ctx, String title) {
        return layout(ctx, title, false);
    }

    public Layout mapLayout(Context ctx, String title) {
        return layout(ctx, title, true);
    }

    private Layout layout(Context ctx, String title, boolean map) {
        String viewer = sessions.viewer(ctx).map(v -> v.username().value()).orElse(null);
        String token = viewer == null ? null : csrf.token(ctx);
        return new Layout(title, assets, viewer, token, map, settings.tileUrl(), settings.tileAttribution(), accounts);
    }

    /** Sends a page: {@code status}, the rendered model and the page headers. */
    public void send(Context ctx, int status, JteModel page) {
        headers(ctx);
        ctx.status(status).html(page.render()).contentType("text/html; charset=utf-8");
    }

    /** The headers of every response of the web app, pages and redirects alike. */
    public void headers(Context ctx) {
        ctx.header("Content-Security-Policy", policy);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        boolean signedIn = sessions.viewer(ctx).isPresent();
        ctx.header("Cache-Control", signedIn ? "private, no-store" : "no-cache");
    }

    /** Post, redirect, get: a successful form answers 303 to the page to show next. */
    public void seeOther(Context ctx, String location) {
        headers(ctx);
        ctx.header("Location", location);
        ctx.status(303);
    }

    /** The person signed in on this request; pages that need one redirect to sign-in first ({@code SignedIn}). */
    public Optional<Viewer> viewer(Context ctx) {
        return sessions.viewer(ctx);
    }
}
