package org.mtp.adapter.mapillary.v3;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.adapter.mapillary.http.JsonBodies;
import org.mtp.adapter.mapillary.http.LinkHeader;
import org.mtp.adapter.mapillary.http.Response;
import org.mtp.adapter.mapillary.http.Safety;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.time.TimeRange;

/**
 * The v3 endpoints the adapter calls: {@code client_id} on every call, the user token as {@code Authorization: Bearer},
 * and searches paged by the {@code Link} header's {@code rel="next"}, followed verbatim to the end.
 */
final class V3Api {

    private static final int MAX_PAGES = 100_000;

    private final HttpExecutor http;
    private final HttpUrl base;
    private final String clientId;
    private final int pageSize;
    private final JsonAdapter<V3Wire.User> user;
    private final JsonAdapter<V3Wire.Feature> feature;
    private final JsonAdapter<V3Wire.FeatureCollection> collection;

    V3Api(HttpExecutor http, HttpUrl base, String clientId, int pageSize, Moshi moshi) {
        this.http = http;
        this.base = base;
        this.clientId = clientId;
        this.pageSize = pageSize;
        this.user = moshi.adapter(V3Wire.User.class);
        this.feature = moshi.adapter(V3Wire.Feature.class);
        this.collection = moshi.adapter(V3Wire.FeatureCollection.class);
    }

    V3Wire.User me(MapillaryToken token) {
        HttpUrl url = withClientId(base.newBuilder().addPathSegment("me").build());
        V3Wire.User me = http.send(
                "v3 /me", Safety.REPEATABLE, bearer(url, token), r -> JsonBodies.parse("v3 /me", user, r.body()));
        failOnMessage("v3 /me", me.message());
        return me;
    }

    V3Wire.Feature sequence(MapillaryToken token, String key) {
        HttpUrl url = withClientId(base.newBuilder()
                .addPathSegment("sequences")
                .addPathSegment(key)
                .build());
        V3Wire.Feature found = http.send(
                "v3 /sequences/{key}",
                Safety.REPEATABLE,
                bearer(url, token),
                r -> JsonBodies.parse("v3 /sequences/{key}", feature, r.body()));
        failOnMessage("v3 /sequences/{key}", found.message());
        return found;
    }

    /** Every feature of the user's sequences search over {@code window}, following {@code Link: rel="next"}. */
    List<V3Wire.Feature> sequences(MapillaryToken token, String userKey, TimeRange window) {
        HttpUrl url = withClientId(base.newBuilder()
                .addPathSegment("sequences")
                .addQueryParameter("userkeys", userKey)
                .addQueryParameter("start_time", DateTimeFormatter.ISO_INSTANT.format(window.from()))
                .addQueryParameter("end_time", DateTimeFormatter.ISO_INSTANT.format(window.to()))
                .addQueryParameter("per_page", Integer.toString(pageSize))
                .build());
        List<V3Wire.Feature> features = new ArrayList<>();
        Set<HttpUrl> seen = new HashSet<>();
        while (url != null) {
            if (!seen.add(url) || seen.size() > MAX_PAGES) {
                throw new MapillaryException.MalformedResponse(
                        "v3 /sequences: the next page repeats an earlier one", null);
            }
            Page page = http.send("v3 /sequences", Safety.REPEATABLE, bearer(url, token), this::page);
            features.addAll(page.features());
            url = page.next() == null ? null : withClientId(sameOrigin(page.next()));
        }
        return features;
    }

    private Page page(Response response) {
        V3Wire.FeatureCollection page = JsonBodies.parse("v3 /sequences", collection, response.body());
        failOnMessage("v3 /sequences", page.message());
        if (page.features() == null) {
            throw JsonBodies.missing("v3 /sequences", "'features'");
        }
        String next = LinkHeader.parse(response.headers().values("Link")).next().orElse(null);
        return new Page(page.features(), next);
    }

    private HttpUrl sameOrigin(String next) {
        HttpUrl url = HttpUrl.parse(next);
        if (url == null
                || !url.scheme().equals(base.scheme())
                || !url.host().equals(base.host())
                || url.port() != base.port()) {
            throw new MapillaryException.MalformedResponse(
                    "v3 /sequences: next page is not on the configured v3 host " + base.host(), null);
        }
        return url;
    }

    /** Adds {@code client_id} unless the URL (a server-given next link) already carries it. */
    private HttpUrl withClientId(HttpUrl url) {
        return url.queryParameter("client_id") != null
                ? url
                : url.newBuilder().addQueryParameter("client_id", clientId).build();
    }

    private static Request bearer(HttpUrl url, MapillaryToken token) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + token.reveal())
                .get()
                .build();
    }

    /** v3 says "a body with a {@code message} key is a failure", even under a 2xx status. */
    private static void failOnMessage(String operation, String message) {
        if (message != null) {
            throw new MapillaryException.Unavailable(operation + ": Mapillary reported '" + message + "'", null);
        }
    }

    private record Page(List<V3Wire.Feature> features, String next) {}
}
