package org.mtp.adapter.web.session;

import org.mtp.application.model.oauth.AccessTokenId;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** The signed-in person a request comes from, and the session (access token) it comes with. */
public record Viewer(UserId id, Username username, AccessTokenId sessionId) {}
