package org.mtp.adapter.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.session.ClientAddresses;
import org.mtp.adapter.web.session.CsrfRefusedException;
import org.mtp.adapter.web.session.ReturnPaths;
import org.mtp.application.port.in.account.SignInUseCase;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.account.SignUpUseCase;
import org.mtp.application.port.in.account.UserConflictException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.Username;

/**
 * Web page {@code /sign-up}: the form, and its post, which creates the account, signs the person in and goes back to
 * {@code return_to}. Each refused field answers 422 with its error next to it and what was typed kept (never the
 * password).
 */
public final class SignUpPage {

    static final String USERNAME = "username";
    static final String EMAIL = "email";
    static final String PASSWORD = "password";

    private final PageWriter pages;
    private final SignUpUseCase signUp;
    private final SignInUseCase signIn;
    private final ClientAddresses addresses;

    public SignUpPage(PageWriter pages, SignUpUseCase signUp, SignInUseCase signIn, ClientAddresses addresses) {
        this.pages = pages;
        this.signUp = signUp;
        this.signIn = signIn;
        this.addresses = addresses;
    }

    public void register(RoutesConfig routes) {
        routes.get(Paths.SIGN_UP, this::show);
        routes.post(Paths.SIGN_UP, this::submit);
    }

    private void show(Context ctx) {
        String returnTo = ReturnPaths.safe(ctx.queryParam(SignInPage.RETURN_TO));
        render(ctx, 200, FormModel.fresh(pages.csrf().token(ctx)), returnTo);
    }

    private void submit(Context ctx) {
        if (!pages.csrf().accepts(ctx)) {
            throw new CsrfRefusedException();
        }
        String returnTo = ReturnPaths.safe(ctx.formParam(SignInPage.RETURN_TO));
        String username = text(ctx, USERNAME).strip();
        String email = text(ctx, EMAIL).strip();
        String password = text(ctx, PASSWORD);
        FormModel.Builder form =
                new FormModel.Builder().value(USERNAME, username).value(EMAIL, email);
        Username name = parse(form, USERNAME, () -> Username.of(username));
        Email address = parse(form, EMAIL, () -> Email.of(email));
        RawPassword secret = parse(form, PASSWORD, () -> RawPassword.of(password));
        if (!form.hasErrors()) {
            try {
                signUp.signUp(new SignUpCommand(name, address, secret));
                SignInUseCase.SignedIn signedIn =
                        signIn.signIn(new SignInUseCase.Command(name.value(), secret, addresses.of(ctx)));
                pages.sessions().begin(ctx, signedIn);
                pages.seeOther(ctx, returnTo.equals(Paths.HOME) ? Paths.user(name.value()) : returnTo);
                return;
            } catch (UserConflictException taken) {
                form.error(taken.field(), Texts.TAKEN);
            }
        }
        render(ctx, 422, form.build(pages.csrf().token(ctx)), returnTo);
    }

    private static String text(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }

    /** The parsed value, or null after noting the field's error. */
    private static <T> T parse(FormModel.Builder form, String field, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValidationException invalid) {
            form.error(field, invalid.getMessage().replaceFirst("^'[^']*' ", ""));
            return null;
        }
    }

    private void render(Context ctx, int status, FormModel form, String returnTo) {
        pages.send(
                ctx,
                status,
                pages.templates()
                        .signup(
                                pages.layout(ctx, Texts.SIGN_UP_TITLE),
                                form,
                                returnTo,
                                Paths.SIGN_IN + "?" + SignInPage.RETURN_TO + "=" + Paths.encode(returnTo)));
    }
}
