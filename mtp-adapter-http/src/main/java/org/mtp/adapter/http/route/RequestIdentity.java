package org.mtp.adapter.http.route;

import java.util.Optional;
import org.mtp.application.model.oauth.ClientId;

/** Who a request comes from: the identified client (absent on public routes) and the signed-in caller, if any. */
public record RequestIdentity(Optional<ClientId> client, Optional<Caller> caller) {

    public static RequestIdentity anonymous() {
        return new RequestIdentity(Optional.empty(), Optional.empty());
    }
}
