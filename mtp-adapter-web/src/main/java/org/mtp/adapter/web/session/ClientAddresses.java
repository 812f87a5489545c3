package org.mtp.adapter.web.session;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.List;
import org.mtp.application.model.account.ClientAddress;
import org.mtp.application.model.account.TrustedProxies;

/**
 * Reads a request's client address for the sign-in limit: the socket's peer and its {@code X-Forwarded-For}, judged by
 * the application's rule for trusted proxies.
 */
public final class ClientAddresses {

    private final TrustedProxies proxies;

    public ClientAddresses(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    public ClientAddress of(Context ctx) {
        ClientAddress peer = ClientAddress.parse("remote address", ctx.req().getRemoteAddr());
        List<String> forwardedFor = Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
        return proxies.resolve(peer, forwardedFor);
    }
}
