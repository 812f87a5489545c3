package org.mtp.application.service.oauth;

import java.time.Clock;
import org.mtp.application.port.in.oauth.RevokeOwnTokenCommand;
import org.mtp.application.port.in.oauth.RevokeOwnTokenUseCase;
import org.mtp.application.port.in.oauth.TokenNotFoundException;
import org.mtp.application.port.out.oauth.AccessTokenStore;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Use case service: a user revokes one of their tokens; someone else's token id is reported as not found. */
public final class RevokeOwnTokenService implements RevokeOwnTokenUseCase {

    private final AccessTokenStore tokens;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RevokeOwnTokenService(AccessTokenStore tokens, UnitOfWork unitOfWork, Clock clock) {
        this.tokens = tokens;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void revoke(RevokeOwnTokenCommand command) {
        unitOfWork.run(() -> {
            boolean own = tokens.findById(command.tokenId())
                    .filter(token -> token.userId().equals(command.userId()))
                    .isPresent();
            if (!own) {
                throw new TokenNotFoundException("no token with this id");
            }
            tokens.revoke(command.tokenId(), clock.instant());
        });
    }
}
