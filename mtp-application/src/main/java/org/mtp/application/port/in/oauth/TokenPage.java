package org.mtp.application.port.in.oauth;

import java.util.List;
import java.util.Optional;
import org.mtp.application.model.oauth.TokenPosition;
import org.mtp.domain.common.Require;

/** A page of token summaries and, when more follow, the position to continue after. */
public record TokenPage(List<TokenSummary> items, Optional<TokenPosition> next) {

    public TokenPage {
        items = List.copyOf(Require.notNull("items", items));
        Require.notNull("next", next);
    }
}
