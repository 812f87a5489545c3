package org.mtp.adapter.http.oauth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mtp.adapter.http.HttpSettings;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.problem.ErrorStyle;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.adapter.http.route.ClientAddresses;
import org.mtp.application.model.oauth.ClientId;
import org.mtp.application.model.oauth.RedirectUri;
import org.mtp.application.model.oauth.ResponseType;
import org.mtp.application.port.in.account.AuthenticateUserCommand;
import org.mtp.application.port.in.account.AuthenticateUserUseCase;
import org.mtp.application.port.in.account.InvalidCredentialsException;
import org.mtp.application.port.in.account.SignInThrottledException;
import org.mtp.application.port.in.oauth.AuthorizationGrant;
import org.mtp.application.port.in.oauth.AuthorizationRequest;
import org.mtp.application.port.in.oauth.AuthorizationRequestCommand;
import org.mtp.application.port.in.oauth.AuthorizationRequestException;
import org.mtp.application.port.in.oauth.AuthorizeClientCommand;
import org.mtp.application.port.in.oauth.AuthorizeClientUseCase;
import org.mtp.application.port.in.oauth.CheckAuthorizationRequestUseCase;
import org.mtp.application.port.in.oauth.InvalidClientException;
import org.mtp.application.port.in.oauth.InvalidRedirectUriException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.user.RawPassword;
import org.mtp.domain.user.User;

/**
 * HTTP resource: {@code GET|POST /api/v1/authorize}, the OAuth authorization endpoint (RFC 6749 4.1, 4.2; PKCE RFC
 * 7636). GET shows the sign-in and consent page; POST signs in and answers 302 to the client's registered redirect URI
 * with a token in the fragment (implicit) or a code in the query, or with {@code error=access_denied}. An unknown
 * client or unregistered redirect URI gets an HTML 400 and is never redirected to. Too many failed sign-ins for the
 * account or from the address get the page again with 429 and {@code Retry-After}, the password unchecked.
 */
public final class AuthorizeResource implements ApiResource {

    static final String COOKIE = "mtp_authorize";
    private static final String PATH = "/api/v1/authorize";
    private static final List<String> REQUEST_FIELDS = List.of(
            "client_id", "response_type", "redirect_uri", "state", "scope", "code_challenge", "code_challenge_method");

    private final CheckAuthorizationRequestUseCase checkRequest;
    private final AuthorizeClientUseCase authorizeClient;
    private final AuthenticateUserUseCase authenticateUser;
    private final FormTokens formTokens;
    private final ClientAddresses clientAddresses;
    private final boolean secureCookies;

    public AuthorizeResource(
            CheckAuthorizationRequestUseCase checkRequest,
            AuthorizeClientUseCase authorizeClient,
            AuthenticateUserUseCase authenticateUser,
            HttpSettings settings) {
        this.checkRequest = checkRequest;
        this.authorizeClient = authorizeClient;
        this.authenticateUser = authenticateUser;
        this.formTokens = new FormTokens(settings.signingKey(), settings.clock(), settings.formLifetime());
        this.clientAddresses = new ClientAddresses(settings.trustedProxies());
        this.secureCookies = settings.secureCookies();
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get(PATH)
                .access(Access.PUBLIC)
                .produces(MediaType.HTML)
                .errors(ErrorStyle.HTML)
                .handle(this::show);
        routes.post(PATH)
                .access(Access.PUBLIC)
                .produces(MediaType.HTML)
                .errors(ErrorStyle.HTML)
                .handle(this::decide);
    }

    private void show(ApiExchange exchange) {
        Params params = exchange.query();
        Optional<AuthorizationRequest> request = check(exchange, params);
        request.ifPresent(checked -> page(exchange, 200, checked, params, null));
    }

    private void decide(ApiExchange exchange) {
        Params params = exchange.params();
        Optional<AuthorizationRequest> request = check(exchange, params);
        if (request.isEmpty()) {
            return;
        }
        if (!formTokens.isValid(
                params.string("form_token").orElse(null), exchange.ctx().cookie(COOKIE), requestFields(params))) {
            throw ApiException.of(
                    400,
                    "invalid_request",
                    "the sign-in form has expired or did not come from this site; start the sign-in again");
        }
        Optional<String> state = params.string("state");
        if (!params.string("approve").orElse("").equals("true")) {
            exchange.redirect(errorRedirect(
                    request.get().redirectUri(),
                    request.get().responseType(),
                    "access_denied",
                    "the user denied the request",
                    state));
            return;
        }
        Optional<User> user;
        try {
            user = authenticate(exchange, params);
        } catch (SignInThrottledException e) {
            long seconds = e.retryAfter().toSeconds();
            exchange.header("Retry-After", Long.toString(seconds));
            page(
                    exchange,
                    429,
                    request.get(),
                    params,
                    "Too many failed sign-ins. Try again in " + howLong(seconds) + ".");
            return;
        }
        if (user.isEmpty()) {
            exchange.header("WWW-Authenticate", "Bearer realm=\"mtp\"");
            page(exchange, 401, request.get(), params, "The username or email and password do not match.");
            return;
        }
        AuthorizationGrant grant = authorizeClient.authorize(
                new AuthorizeClientCommand(command(params), user.get().id()));
        exchange.redirect(successRedirect(grant, state));
    }

    /** The checked request, or empty after answering with a redirected error. */
    private Optional<AuthorizationRequest> check(ApiExchange exchange, Params params) {
        AuthorizationRequestCommand command = command(params);
        try {
            return Optional.of(checkRequest.check(command));
        } catch (InvalidClientException | InvalidRedirectUriException e) {
            throw ApiException.of(400, e.code(), e.getMessage());
        } catch (AuthorizationRequestException e) {
            exchange.redirect(
                    errorRedirect(e.redirectUri(), e.responseType(), e.code(), e.getMessage(), params.string("state")));
            return Optional.empty();
        }
    }

    private static AuthorizationRequestCommand command(Params params) {
        ClientId clientId;
        try {
            clientId = ClientId.of(params.string("client_id")
                    .orElseThrow(() -> ApiException.of(400, "invalid_client", "client_id is required")));
        } catch (ValidationException e) {
            throw ApiException.of(400, "invalid_client", "client_id is malformed");
        }
        try {
            return new AuthorizationRequestCommand(
                    clientId,
                    params.string("response_type").orElse(""),
                    params.string("redirect_uri"),
                    params.string("scope"),
                    params.string("code_challenge"),
                    params.string("code_challenge_method"));
        } catch (ValidationException e) {
            throw ApiException.of(400, "invalid_request", e.getMessage());
        }
    }

    private Optional<User> authenticate(ApiExchange exchange, Params params) {
        Optional<String> login = params.string("username").or(() -> params.string("email"));
        Optional<String> password = params.string("password");
        if (login.isEmpty() || login.get().isBlank() || password.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(authenticateUser.authenticate(new AuthenticateUserCommand(
                    login.get(), RawPassword.of(password.get()), clientAddresses.of(exchange.ctx()))));
        } catch (InvalidCredentialsException | ValidationException e) {
            return Optional.empty();
        }
    }

    private static String howLong(long seconds) {
        long minutes = (seconds + 59) / 60;
        return seconds < 60
                ? seconds + (seconds == 1 ? " second" : " seconds")
                : minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private void page(ApiExchange exchange, int status, AuthorizationRequest request, Params params, String error) {
        Map<String, String> fields = requestFields(params);
        FormTokens.Issued form = formTokens.issue(fields);
        exchange.header(
                "Set-Cookie",
                COOKIE + "=" + form.nonce() + "; Path=" + PATH + "; Max-Age="
                        + formTokens.lifetime().toSeconds() + "; HttpOnly; SameSite=Strict"
                        + (secureCookies ? "; Secure" : ""));
        exchange.header("Cache-Control", "no-store");
        exchange.header("X-Frame-Options", "DENY");
        exchange.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
        exchange.header("Referrer-Policy", "no-referrer");
        exchange.send(status, MediaType.HTML, AuthorizePage.render(request, fields, form.token(), error));
    }

    /** The authorization request's own parameters, as given; what the form token binds. */
    private static Map<String, String> requestFields(Params params) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : REQUEST_FIELDS) {
            params.string(name).ifPresent(value -> fields.put(name, value));
        }
        return fields;
    }

    private static String successRedirect(AuthorizationGrant grant, Optional<String> state) {
        if (grant instanceof AuthorizationGrant.Implicit implicit) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("access_token", implicit.token().token().reveal());
            parameters.put("token_type", "bearer");
            return Redirects.inFragment(implicit.redirectUri(), Redirects.withState(parameters, state));
        }
        AuthorizationGrant.Code code = (AuthorizationGrant.Code) grant;
        return Redirects.inQuery(
                code.redirectUri(),
                Redirects.withState(Map.of("code", code.code().reveal()), state));
    }

    private static String errorRedirect(
            RedirectUri uri, ResponseType type, String error, String description, Optional<String> state) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error);
        parameters.put("error_description", description);
        Map<String, String> withState = Redirects.withState(parameters, state);
        return type == ResponseType.TOKEN ? Redirects.inFragment(uri, withState) : Redirects.inQuery(uri, withState);
    }
}
