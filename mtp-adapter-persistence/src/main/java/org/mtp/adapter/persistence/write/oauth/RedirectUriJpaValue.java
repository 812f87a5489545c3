package org.mtp.adapter.persistence.write.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Persistence adapter: one row of {@code oauth_client_redirect_uris}, a registered URI at its position. */
@Embeddable
record RedirectUriJpaValue(
    @Column(name = "position", nullable = false) int position,
    @Column(name = "uri", nullable = false, length = 2_000) String uri) {}
