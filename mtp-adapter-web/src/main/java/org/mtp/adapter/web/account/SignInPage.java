package org.mtp.adapter.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.ClientAddresses;
import org.mtp.adapter.web.session.CsrfRefusedException;
import org.mtp.adapter.web.session.ReturnPaths;
import org.mtp.application.port.in.account.InvalidCredentialsException;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.user.RawPassword;

/**
 * Web page {@code /sign-in}: the form, and its post, which starts a session (the cookie {@code mtp_session}) and goes
 * back to {@code return_to}, a path on this site. Wrong credentials answer 422 with the form and the login kept; too
 * many failures answer the 429 page.
 */
public final class SignInPage {

    static final String LOGIN = "login";
    static final String PASSWORD = "password";
    static final String RETURN_TO = "return_to";

    private final PageWriter pages;
    private final SignInUseCase signIn;
    private final ClientAddresses addresses;

    public SignInPage(PageWriter pages, SignInUseCase signIn, ClientAddresses addresses) {
        this.pages = pages;
        this.signIn = signIn;
        this.addresses = addresses;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.SIGN_IN, this::show);
        routes.post(Paths.SIGN_IN, this::submit);
    }

    private void show(Context ctx) {
        String returnTo = ReturnPaths.safe(ctx.queryParam(RETURN_TO));
        if (pages.viewer(ctx).isPresent()) {
            pages.seeOther(ctx, returnTo);
            return;
        }
        render(ctx, 200, FormModel.fresh(pages.csrf().token(ctx)), returnTo);
    }

    private void submit(Context ctx) {
        if (!pages.csrf().accepts(ctx)) {
            throw new CsrfRefusedException();
        }
        String returnTo = ReturnPaths.safe(ctx.formParam(RETURN_TO));
        String login = ctx.formParam(LOGIN) == null ? "" : ctx.formParam(LOGIN).strip();
        String password = ctx.formParam(PASSWORD) == null ? "" : ctx.formParam(PASSWORD);
        FormModel.Builder form = new FormModel.Builder().value(LOGIN, login);
        if (login.isEmpty()) {
            form.error(LOGIN, Texts.LOGIN_LABEL + " " + Texts.REQUIRED);
        }
        if (password.isEmpty()) {
            form.error(PASSWORD, Texts.PASSWORD_LABEL + " " + Texts.REQUIRED);
        }
        if (!form.hasErrors()) {
            try {
                SignInUseCase.SignedIn signedIn =
                        signIn.signIn(new SignInUseCase.Command(login, RawPassword.of(password), addresses.of(ctx)));
                pages.sessions().begin(ctx, signedIn);
                pages.seeOther(ctx, returnTo);
                return;
            } catch (InvalidCredentialsException | ValidationException wrong) {
                // a password that breaks the sign-up rule cannot be anyone's, so it is as wrong as any other
                form.formError(Texts.WRONG_CREDENTIALS);
            }
        }
        render(ctx, 422, form.build(pages.csrf().token(ctx)), returnTo);
    }

    private void render(Context ctx, int status, FormModel form, String returnTo) {
        pages.send(
                ctx,
                status,
                pages.templates()
                        .signin(
                                pages.layout(ctx, Texts.SIGN_IN_TITLE),
                                form,
                                returnTo,
                                Paths.SIGN_UP + "?" + RETURN_TO + "=" + Paths.encode(returnTo)));
    }
}
