package org.mtp.adapter.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.session.CsrfRefusedException;
import org.mtp.adapter.web.session.Sessions;
import org.mtp.application.model.oauth.AccessToken;
import org.mtp.application.port.in.account.SignOutUseCase;
import org.mtp.domain.common.ValidationException;

/** Form {@code POST /sign-out}: revokes this browser's session at once and forgets its cookie. */
public final class SignOutAction {

    private final PageWriter pages;
    private final SignOutUseCase signOut;

    public SignOutAction(PageWriter pages, SignOutUseCase signOut) {
        this.pages = pages;
        this.signOut = signOut;
    }

    public void register(RoutesConfig routes) {
        routes.post(Paths.SIGN_OUT, this::signOut);
    }

    private void signOut(Context ctx) {
        if (!pages.csrf().accepts(ctx)) {
            throw new CsrfRefusedException();
        }
        String session = Sessions.cookie(ctx);
        if (session != null && !session.isEmpty()) {
            try {
                signOut.signOut(new SignOutUseCase.Command(AccessToken.of(session)));
            } catch (ValidationException notAToken) {
                // a cookie that is no token has no session to revoke: forgetting it is all there is to do
            }
        }
        pages.sessions().end(ctx);
        pages.seeOther(ctx, Paths.HOME);
    }
}
