package org.mtp.application.service.mapillary;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.model.mapillary.ReturnPath;
import org.mtp.application.port.in.mapillary.CompleteMapillaryConnectionUseCase;
import org.mtp.application.port.in.mapillary.InvalidConnectionStateException;
import org.mtp.application.port.in.mapillary.MapillaryNotConfiguredException;
import org.mtp.application.port.in.mapillary.StartMapillaryConnectionUseCase;
import org.mtp.application.port.in.mapillary.VerifyMapillaryTokenUseCase;
import org.mtp.application.port.out.mapillary.ConnectionStateStore;
import org.mtp.application.port.out.mapillary.MapillaryAuthorization;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryConnectionStore;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryGrant;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.user.UserId;

/**
 * Use case service linking Mapillary accounts: a token the user brings, or Mapillary's OAuth flow with a one-time state
 * (256 random bits, stored only as a SHA-256 hash, valid for a few minutes, bound to the user).
 */
public final class MapillaryConnectionService
        implements VerifyMapillaryTokenUseCase, StartMapillaryConnectionUseCase, CompleteMapillaryConnectionUseCase {

    static final Duration STATE_LIFETIME = Duration.ofMinutes(15);

    private final MapillaryGateway gateway;
    private final MapillaryAuthorization authorization;
    private final MapillaryConnectionStore connections;
    private final ConnectionStateStore states;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SecureRandom random;

    public MapillaryConnectionService(
            MapillaryGateway gateway,
            MapillaryAuthorization authorization,
            MapillaryConnectionStore connections,
            ConnectionStateStore states,
            UnitOfWork unitOfWork,
            Clock clock,
            SecureRandom random) {
        this.gateway = gateway;
        this.authorization = authorization;
        this.connections = connections;
        this.states = states;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public MapillaryUser verifyAndStore(UserId actor, MapillaryToken token) {
        Require.notNull("actor", actor);
        Require.notNull("mapillary_token", token);
        MapillaryUser user = gateway.verifyToken(token);
        store(actor, user, new MapillaryGrant(token, null, null));
        return user;
    }

    @Override
    public URI start(UserId actor) {
        Require.notNull("actor", actor);
        return start(hash -> states.save(hash, actor, clock.instant().plus(STATE_LIFETIME)));
    }

    @Override
    public URI start(UserId actor, ReturnPath returnTo) {
        Require.notNull("actor", actor);
        Require.notNull("return_to", returnTo);
        return start(hash -> states.save(hash, actor, clock.instant().plus(STATE_LIFETIME), returnTo));
    }

    private URI start(Consumer<String> saveState) {
        if (!authorization.isConfigured()) {
            throw new MapillaryNotConfiguredException();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        unitOfWork.run(() -> saveState.accept(hash(state)));
        return authorization.authorizationUrl(state);
    }

    @Override
    public boolean isConfigured() {
        return authorization.isConfigured();
    }

    /** A state that could never have been issued has no return path; its callback is refused as before. */
    @Override
    public Optional<ReturnPath> returnPathOf(String state) {
        if (state == null
                || state.isEmpty()
                || state.length() > 512
                || !state.strip().equals(state)) {
            return Optional.empty();
        }
        return unitOfWork.inTransaction(() -> states.returnPath(hash(state), clock.instant()));
    }

    @Override
    public void decline(String state) {
        Text.requireTrimmed("state", state, 1, 512);
        unitOfWork.run(() -> states.consume(hash(state), clock.instant()));
    }

    @Override
    public MapillaryUser complete(String code, String state) {
        Text.requireTrimmed("code", code, 1, 4096);
        Text.requireTrimmed("state", state, 1, 512);
        UserId actor = unitOfWork
                .inTransaction(() -> states.consume(hash(state), clock.instant()))
                .orElseThrow(InvalidConnectionStateException::new);
        MapillaryGrant grant = authorization.exchangeCode(code);
        MapillaryUser user = gateway.verifyToken(grant.accessToken());
        store(actor, user, grant);
        return user;
    }

    private void store(UserId actor, MapillaryUser user, MapillaryGrant grant) {
        MapillaryConnection connection = new MapillaryConnection(user, grant, clock.instant());
        unitOfWork.run(() -> connections.save(actor, connection));
    }

    static String hash(String state) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
