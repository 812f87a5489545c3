package org.mtp.adapter.persistence.write.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.mtp.domain.common.Limits;

/** Persistence adapter: one row of {@code oauth_client_redirect_uris}, a registered URI at its position. */
@Embeddable
record RedirectUriJpaValue(
        @Column(name = "position", nullable = false) int position,

        @Column(name = "uri", nullable = false, length = Limits.LINK_MAX)
        String uri) {}
