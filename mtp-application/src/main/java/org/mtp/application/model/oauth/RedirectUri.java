package org.mtp.application.model.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;
import org.mtp.domain.common.ValidationException;

/**
 * A registered redirect target, compared as an exact string (RFC 6749 3.1.2, OAuth security BCP). Absolute and
 * hierarchical, without a fragment; custom schemes such as the uploader's {@code app.mtp.desktop://app} are allowed,
 * script-capable or local schemes never are, and plain {@code http} only for a loopback host (RFC 8252).
 */
public record RedirectUri(String value) {

    private static final String FIELD = "redirect_uri";
    private static final Set<String> FORBIDDEN_SCHEMES =
            Set.of("javascript", "data", "vbscript", "file", "about", "blob", "filesystem");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    public RedirectUri {
        Text.require(FIELD, value, 1, Limits.LINK_MAX);
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ValidationException(FIELD, "must be printable ASCII without spaces");
        }
        URI uri = parse(value);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (FORBIDDEN_SCHEMES.contains(scheme)) {
            throw new ValidationException(FIELD, "must not use the '" + scheme + "' scheme");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw new ValidationException(FIELD, "must have the form scheme://host[/path]");
        }
        if (uri.getRawFragment() != null) {
            throw new ValidationException(FIELD, "must not contain a fragment");
        }
        if (scheme.equals("http")
                && !LOOPBACK_HOSTS.contains(String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT))) {
            throw new ValidationException(FIELD, "may use plain http only for a loopback host; use https");
        }
    }

    public static RedirectUri of(String value) {
        return new RedirectUri(value);
    }

    private static URI parse(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null) {
                throw new ValidationException(FIELD, "must be an absolute URI");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ValidationException(FIELD, "must be a URI");
        }
    }

    /** True when this URI already carries a query, so a redirect appends with '&' rather than '?'. */
    public boolean hasQuery() {
        return value.indexOf('?') >= 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
