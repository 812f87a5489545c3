package org.mtp.adapter.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.ClientAddresses;
import org.mtp.adapter.web.session.SignedIn;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.application.port.in.account.ChangePasswordUseCase;
import org.mtp.application.port.in.account.IncorrectPasswordException;
import org.mtp.application.port.in.account.SignOutEverywhereUseCase;
import org.mtp.application.port.in.mapillary.DisconnectMapillaryUseCase;
import org.mtp.application.port.in.mapillary.GetMapillaryConnectionUseCase;
import org.mtp.application.port.in.mapillary.GetMapillaryConnectionUseCase.ConnectedAccount;
import org.mtp.application.port.in.oauth.ListOwnTokensQuery;
import org.mtp.application.port.in.oauth.ListOwnTokensUseCase;
import org.mtp.application.port.in.oauth.RevokeOwnTokenCommand;
import org.mtp.application.port.in.oauth.RevokeOwnTokenUseCase;
import org.mtp.application.port.in.oauth.TokenSummary;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.user.RawPassword;

/**
 * Web page {@code /account} of the signed-in person: their browser sessions and app tokens with revoke, "sign out
 * everywhere", the password change (the current one required; other sessions end) and the connected Mapillary account
 * with its disconnect form (the stored token deleted). Revoking this browser's own session signs it out.
 */
public final class AccountPage {

    static final String CURRENT_PASSWORD = "current_password";
    static final String NEW_PASSWORD = "new_password";
    private static final String CHANGED = "changed";
    private static final String REVOKED = "revoked";
    private static final String DISCONNECTED = "disconnected";

    private final PageWriter pages;
    private final SignedIn signedIn;
    private final ListOwnTokensUseCase listTokens;
    private final RevokeOwnTokenUseCase revokeToken;
    private final SignOutEverywhereUseCase signOutEverywhere;
    private final ChangePasswordUseCase changePassword;
    private final GetMapillaryConnectionUseCase mapillary;
    private final DisconnectMapillaryUseCase disconnectMapillary;
    private final ClientAddresses addresses;

    public AccountPage(
            PageWriter pages,
            SignedIn signedIn,
            ListOwnTokensUseCase listTokens,
            RevokeOwnTokenUseCase revokeToken,
            SignOutEverywhereUseCase signOutEverywhere,
            ChangePasswordUseCase changePassword,
            GetMapillaryConnectionUseCase mapillary,
            DisconnectMapillaryUseCase disconnectMapillary,
            ClientAddresses addresses) {
        this.pages = pages;
        this.signedIn = signedIn;
        this.listTokens = listTokens;
        this.revokeToken = revokeToken;
        this.signOutEverywhere = signOutEverywhere;
        this.changePassword = changePassword;
        this.mapillary = mapillary;
        this.disconnectMapillary = disconnectMapillary;
        this.addresses = addresses;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.ACCOUNT, this::show);
        routes.post(Paths.ACCOUNT + "/tokens/{id}/revoke", this::revoke);
        routes.post(Paths.ACCOUNT + "/sign-out-everywhere", this::everywhere);
        routes.post(Paths.ACCOUNT + "/password", this::password);
        routes.post(Paths.ACCOUNT + "/mapillary/disconnect", this::disconnect);
    }

    private void show(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.ACCOUNT);
        if (viewer != null) {
            String done = ctx.queryParam("done");
            String notice = CHANGED.equals(done)
                    ? Texts.PASSWORD_CHANGED
                    : REVOKED.equals(done)
                            ? Texts.REVOKED
                            : DISCONNECTED.equals(done) ? Texts.MAPILLARY_DISCONNECTED : null;
            render(ctx, 200, viewer, FormModel.fresh(pages.csrf().token(ctx)), notice);
        }
    }

    private void revoke(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.ACCOUNT);
        if (viewer == null) {
            return;
        }
        AccessTokenId id = AccessTokenId.parse("id", ctx.pathParam("id"));
        revokeToken.revoke(new RevokeOwnTokenCommand(viewer.id(), id));
        if (id.equals(viewer.sessionId())) {
            pages.sessions().end(ctx);
            pages.seeOther(ctx, Paths.HOME);
        } else {
            pages.seeOther(ctx, Paths.ACCOUNT + "?done=" + REVOKED);
        }
    }

    private void everywhere(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.ACCOUNT);
        if (viewer == null) {
            return;
        }
        SignOutEverywhereUseCase.Reach reach = "all".equals(ctx.formParam("reach"))
                ? SignOutEverywhereUseCase.Reach.ALL_TOKENS
                : SignOutEverywhereUseCase.Reach.BROWSER_SESSIONS;
        signOutEverywhere.signOutEverywhere(new SignOutEverywhereUseCase.Command(viewer.id(), reach));
        pages.sessions().end(ctx);
        pages.seeOther(ctx, Paths.HOME);
    }

    private void disconnect(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.ACCOUNT);
        if (viewer != null) {
            disconnectMapillary.disconnect(viewer.id());
            pages.seeOther(ctx, Paths.ACCOUNT + "?done=" + DISCONNECTED);
        }
    }

    private void password(Context ctx) {
        Viewer viewer = signedIn.require(ctx, Paths.ACCOUNT);
        if (viewer == null) {
            return;
        }
        String current = ctx.formParam(CURRENT_PASSWORD) == null ? "" : ctx.formParam(CURRENT_PASSWORD);
        String next = ctx.formParam(NEW_PASSWORD) == null ? "" : ctx.formParam(NEW_PASSWORD);
        FormModel.Builder form = new FormModel.Builder();
        if (current.isEmpty()) {
            form.error(CURRENT_PASSWORD, Texts.CURRENT_PASSWORD_LABEL + " " + Texts.REQUIRED);
        }
        RawPassword newPassword = null;
        try {
            newPassword = RawPassword.of(next);
        } catch (ValidationException invalid) {
            form.error(NEW_PASSWORD, invalid.getMessage().replaceFirst("^'[^']*' ", ""));
        }
        if (!form.hasErrors()) {
            try {
                changePassword.changePassword(new ChangePasswordUseCase.Command(
                        viewer.id(), RawPassword.of(current), newPassword, viewer.sessionId(), addresses.of(ctx)));
                pages.seeOther(ctx, Paths.ACCOUNT + "?done=" + CHANGED);
                return;
            } catch (IncorrectPasswordException | ValidationException wrong) {
                form.error(CURRENT_PASSWORD, new IncorrectPasswordException().getMessage());
            }
        }
        render(ctx, 422, viewer, form.build(pages.csrf().token(ctx)), null);
    }

    private void render(Context ctx, int status, Viewer viewer, FormModel password, String notice) {
        String csrf = pages.csrf().token(ctx);
        var tokens = listTokens
                .list(new ListOwnTokensQuery(viewer.id(), ListOwnTokensQuery.MAX_LIMIT, Optional.empty()))
                .items()
                .stream()
                .map(t -> row(t, viewer))
                .toList();
        Optional<ConnectedAccount> connected = mapillary.connectionOf(viewer.id());
        AccountModel model = new AccountModel(
                viewer.username().value(),
                tokens,
                csrf,
                password,
                notice,
                connected.map(ConnectedAccount::mapillaryUsername).orElse(null),
                connected.map(c -> Formats.utc(c.connectedAt())).orElse(null));
        pages.send(ctx, status, pages.templates().account(pages.layout(ctx, Texts.ACCOUNT_TITLE), model));
    }

    private static AccountModel.TokenRow row(TokenSummary token, Viewer viewer) {
        String client = token.isBrowserSession()
                ? Texts.BROWSER_SESSION
                : token.clientName().map(n -> n.value()).orElse(token.clientId().value());
        return new AccountModel.TokenRow(
                client,
                token.scopes().text(),
                Formats.utc(token.createdAt()),
                Formats.iso(token.createdAt()),
                token.id().equals(viewer.sessionId()),
                Paths.ACCOUNT + "/tokens/" + token.id().value() + "/revoke");
    }
}
