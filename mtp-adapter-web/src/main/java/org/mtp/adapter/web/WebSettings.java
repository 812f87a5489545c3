package org.mtp.adapter.web;

import java.net.URI;
import java.util.Arrays;
import org.mtp.application.model.account.TrustedProxies;

/**
 * Tunables of the web app: the map tiles (a URL template with {@code {z}}, {@code {x}}, {@code {y}} and optionally
 * {@code {s}}, absolute or a path on this site, and their attribution), whether cookies are marked {@code Secure}, and
 * the key that signs form tokens, the proxies whose {@code X-Forwarded-For} names the client (for the sign-in limit),
 * and how many bytes of photo thumbnails the app keeps in memory.
 */
public record WebSettings(
        String tileUrl,
        String tileAttribution,
        boolean secureCookies,
        byte[] signingKey,
        TrustedProxies trustedProxies,
        long thumbnailCacheBytes) {

    public static final String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String DEFAULT_TILE_ATTRIBUTION = "© OpenStreetMap contributors";
    /** About a thousand 256-pixel thumbnails. */
    public static final long DEFAULT_THUMBNAIL_CACHE_BYTES = 32L * 1024 * 1024;

    public WebSettings {
        requireTileUrl(tileUrl);
        if (tileAttribution == null) {
            throw new IllegalArgumentException("tileAttribution is required");
        }
        if (signingKey == null || signingKey.length < 32) {
            throw new IllegalArgumentException("signingKey must have at least 32 bytes");
        }
        signingKey = signingKey.clone();
        if (trustedProxies == null) {
            throw new IllegalArgumentException("trustedProxies is required");
        }
        if (thumbnailCacheBytes < 0) {
            throw new IllegalArgumentException("thumbnailCacheBytes must not be negative");
        }
    }

    /** Fails unless {@code tileUrl} is an http(s) URL or a path on this site with {z}, {x} and {y}. */
    public static String requireTileUrl(String tileUrl) {
        if (tileUrl == null || !tileUrl.contains("{z}") || !tileUrl.contains("{x}") || !tileUrl.contains("{y}")) {
            throw new IllegalArgumentException("tileUrl must contain {z}, {x} and {y}");
        }
        if (!tileUrl.startsWith("/")) {
            try {
                URI uri = URI.create(tileUrl.replace("{s}", "a").replaceAll("\\{[a-z]}", "0"));
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException("tileUrl must be an http(s) URL or a path on this site");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tileUrl must be an http(s) URL or a path on this site", e);
            }
        }
        return tileUrl;
    }

    @Override
    public byte[] signingKey() {
        return signingKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebSettings other
                && other.tileUrl.equals(tileUrl)
                && other.tileAttribution.equals(tileAttribution)
                && other.secureCookies == secureCookies
                && Arrays.equals(other.signingKey, signingKey)
                && other.trustedProxies.equals(trustedProxies)
                && other.thumbnailCacheBytes == thumbnailCacheBytes;
    }

    @Override
    public int hashCode() {
        return tileUrl.hashCode() * 31 + Arrays.hashCode(signingKey);
    }

    @Override
    public String toString() {
        return "WebSettings[tileUrl=" + tileUrl + ", tileAttribution=" + tileAttribution + ", secureCookies="
                + secureCookies + ", signingKey=****, trustedProxies=" + trustedProxies + ", thumbnailCacheBytes="
                + thumbnailCacheBytes + "]";
    }
}
