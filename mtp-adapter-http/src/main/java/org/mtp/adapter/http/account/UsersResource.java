package org.mtp.adapter.http.account;

import org.mtp.adapter.http.body.FieldErrors;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.port.in.account.SignUpCommand;
import org.mtp.application.port.in.account.SignUpUseCase;
import org.mtp.domain.user.Email;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;
import org.mtp.domain.user.Username;

/** HTTP resource: {@code POST /api/v1/users}, sign up through a known client. */
public final class UsersResource implements ApiResource {

    private final SignUpUseCase signUp;

    public UsersResource(SignUpUseCase signUp) {
        this.signUp = signUp;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/v1/users").handle(this::signUp);
    }

    private void signUp(ApiExchange exchange) {
        Params body = exchange.body();
        FieldErrors errors = new FieldErrors();
        Username username = errors.check("username", () -> Username.of(body.requiredString("username")));
        Email email = errors.check("email", () -> Email.of(body.requiredString("email")));
        RawPassword password = errors.check("password", () -> RawPassword.of(body.requiredString("password")));
        errors.throwIfAny();
        User user = signUp.signUp(new SignUpCommand(username, email, password));
        exchange.json(201, UserView.of(user));
    }
}
