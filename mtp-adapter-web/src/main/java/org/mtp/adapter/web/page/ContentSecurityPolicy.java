package org.mtp.adapter.web.page;

import java.net.URI;

/**
 * The pages' {@code Content-Security-Policy}: scripts, styles and connections from this site only (no inline script,
 * style element or handler runs), images from this site and the map tiles' origin, no framing, forms posting here.
 */
public final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {}

    public static String forTiles(String tileUrl) {
        String tiles = tileOrigin(tileUrl);
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + (tiles.isEmpty() ? "" : " " + tiles)
                + "; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    /**
     * The CSP source of a tile URL template: its scheme, host and port; a {@code {s}} subdomain placeholder becomes a
     * wildcard; empty for a path on this site, which {@code 'self'} covers.
     */
    static String tileOrigin(String tileUrl) {
        if (tileUrl.startsWith("/")) {
            return "";
        }
        String hostWildcard = "wildcard-subdomain-placeholder";
        URI uri = URI.create(tileUrl.replace("{s}", hostWildcard).replaceAll("\\{[a-z]}", "0"));
        String host = uri.getHost().replace(hostWildcard, "*");
        return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
