package org.mtp.adapter.mapillary;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/**
 * Settings of the Mapillary adapter: API version, the four base URLs, the app's credentials, timeouts, retry bounds and
 * the documented API limits. Every field has a production default ({@link #defaults()}); each {@code withX} changes
 * exactly one setting, so switching the API version or a base URL is one call. The app secret never appears in
 * {@link #toString()}.
 *
 * @param apiVersion which read API the gateway speaks
 * @param graphBaseUrl Graph API v4 root (token, /me, /images, /image_ids, multi-get, finish_upload)
 * @param v3BaseUrl legacy v3 API root (ends with {@code /v3/})
 * @param uploadBaseUrl the resumable upload service, session keys are appended to it
 * @param authorizationPageUrl Mapillary's OAuth page the user's browser is sent to
 * @param appId the app's client id (v4: digits; v3: the base64-looking client id sent as {@code client_id})
 * @param appSecret the app's client secret ({@code MLY|<app id>|<hex>}), sent only to the token endpoint
 * @param redirectUri the registered callback, or null to let Mapillary use the registered one
 * @param scopes space-separated scopes asked for on the authorization page, or null for the API version's default
 *     ({@code read} for v4, {@code user:read} for v3), so switching the version does not require a second setting
 * @param connectTimeout TCP connect timeout per attempt
 * @param readTimeout socket read/write inactivity timeout per attempt
 * @param callTimeout whole-call timeout per attempt (headers and body)
 * @param maxAttempts attempts per repeatable call, first one included
 * @param initialBackoff the first retry waits about this long, each further one twice as long
 * @param maxBackoff no backoff wait is longer than this
 * @param maxRetryAfterWait the longest {@code Retry-After} we sleep through; longer ones fail as rate limited
 * @param searchLimit the {@code limit} of a v4 image search; a page of exactly this size means truncation
 * @param batchSize image ids per v4 multi-get ({@code GET /?ids=}); Mapillary's SDK sends at most 50
 * @param v3PageSize {@code per_page} of v3 sequence searches
 * @param maxImagesPerUpload images per uploaded zip; longer sequences are split (Mapillary's tool splits at 1000)
 * @param imageBatchesInFlight multi-gets of one sequence import sent at once (1: one after the other); more hide the
 *     round trips without changing the number of requests
 */
public record MapillaryConfig(
        ApiVersion apiVersion,
        URI graphBaseUrl,
        URI v3BaseUrl,
        URI uploadBaseUrl,
        URI authorizationPageUrl,
        String appId,
        String appSecret,
        URI redirectUri,
        String scopes,
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfterWait,
        int searchLimit,
        int batchSize,
        int v3PageSize,
        int maxImagesPerUpload,
        int imageBatchesInFlight) {

    /** The largest {@code limit} the v4 image search accepts. */
    public static final int MAX_SEARCH_LIMIT = 2000;
    /** The most ids one v4 multi-get carries (what Mapillary's own SDK sends). */
    public static final int MAX_BATCH_SIZE = 50;
    /** Images per sequence at which Mapillary's official uploader splits. */
    public static final int MAX_IMAGES_PER_UPLOAD = 1000;
    /** Multi-gets of one sequence import on the wire at once, by default. */
    public static final int DEFAULT_IMAGE_BATCHES_IN_FLIGHT = 4;
    /** The most multi-gets of one import on the wire at once: a handful of connections, not a flood. */
    public static final int MAX_IMAGE_BATCHES_IN_FLIGHT = 16;

    public MapillaryConfig {
        Require.notNull("api_version", apiVersion);
        graphBaseUrl = baseUrl("graph_base_url", graphBaseUrl);
        v3BaseUrl = baseUrl("v3_base_url", v3BaseUrl);
        uploadBaseUrl = baseUrl("upload_base_url", uploadBaseUrl);
        authorizationPageUrl = httpUrl("authorization_page_url", authorizationPageUrl);
        Require.notNull("app_id", appId);
        Require.notNull("app_secret", appSecret);
        if (redirectUri != null) {
            redirectUri = httpOrAppUrl("redirect_uri", redirectUri);
        }
        if (scopes != null && scopes.isBlank()) {
            scopes = null;
        }
        positive("connect_timeout", connectTimeout);
        positive("read_timeout", readTimeout);
        positive("call_timeout", callTimeout);
        Require.inRange("max_attempts", maxAttempts, 1, 20);
        positive("initial_backoff", initialBackoff);
        positive("max_backoff", maxBackoff);
        Require.that(
                maxBackoff.compareTo(initialBackoff) >= 0, "max_backoff", "must not be shorter than initial_backoff");
        Require.notNull("max_retry_after_wait", maxRetryAfterWait);
        Require.that(!maxRetryAfterWait.isNegative(), "max_retry_after_wait", "must not be negative");
        Require.inRange("search_limit", searchLimit, 1, MAX_SEARCH_LIMIT);
        Require.inRange("batch_size", batchSize, 1, MAX_BATCH_SIZE);
        Require.inRange("v3_page_size", v3PageSize, 1, 1000);
        Require.inRange("max_images_per_upload", maxImagesPerUpload, 1, MAX_IMAGES_PER_UPLOAD);
        Require.inRange("image_batches_in_flight", imageBatchesInFlight, 1, MAX_IMAGE_BATCHES_IN_FLIGHT);
    }

    /** Mapillary's public hosts, API v4, and production timeouts and retry bounds; credentials still empty. */
    public static MapillaryConfig defaults() {
        return new MapillaryConfig(
                ApiVersion.V4,
                URI.create("https://graph.mapillary.com/"),
                URI.create("https://a.mapillary.com/v3/"),
                URI.create("https://rupload.facebook.com/mapillary_public_uploads/"),
                URI.create("https://www.mapillary.com/connect"),
                "",
                "",
                null,
                null,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                5,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                MAX_SEARCH_LIMIT,
                MAX_BATCH_SIZE,
                1000,
                MAX_IMAGES_PER_UPLOAD,
                DEFAULT_IMAGE_BATCHES_IN_FLIGHT);
    }

    /** Whether an app is set up to connect accounts with: its id, its secret and its redirect URI. */
    public boolean hasApp() {
        return !appId.isBlank() && !appSecret.isBlank() && redirectUri != null;
    }

    /** The scopes to ask for: the configured ones, or the API version's default. */
    public String scopesOrDefault() {
        if (scopes != null) {
            return scopes;
        }
        return apiVersion == ApiVersion.V4 ? "read" : "user:read";
    }

    /** Points every base URL at one host, laid out like Mapillary's (what a test server or a mirror serves). */
    public MapillaryConfig pointedAt(URI root) {
        URI base = baseUrl("root", root);
        return withGraphBaseUrl(base)
                .withV3BaseUrl(base.resolve("v3/"))
                .withUploadBaseUrl(base.resolve("mapillary_public_uploads/"))
                .withAuthorizationPageUrl(base.resolve("connect"));
    }

    public MapillaryConfig withApiVersion(ApiVersion value) {
        return new MapillaryConfig(
                value,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withGraphBaseUrl(URI value) {
        return new MapillaryConfig(
                apiVersion,
                value,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withV3BaseUrl(URI value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                value,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withUploadBaseUrl(URI value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                value,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withAuthorizationPageUrl(URI value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                value,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    /** The app's credentials as registered with Mapillary, and the callback it registered. */
    public MapillaryConfig withApp(String id, String secret, URI redirect) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                id,
                secret,
                redirect,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withScopes(String value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                value,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connect,
                read,
                call,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    /** Attempts per repeatable call, and the backoff between them. */
    public MapillaryConfig withRetries(int attempts, Duration initial, Duration max) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                attempts,
                initial,
                max,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withMaxRetryAfterWait(Duration value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                value,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withSearchLimit(int value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                value,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withBatchSize(int value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                value,
                v3PageSize,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withV3PageSize(int value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                value,
                maxImagesPerUpload,
                imageBatchesInFlight);
    }

    public MapillaryConfig withMaxImagesPerUpload(int value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                value,
                imageBatchesInFlight);
    }

    /** How many multi-gets of one sequence import travel at once (1 to {@value #MAX_IMAGE_BATCHES_IN_FLIGHT}). */
    public MapillaryConfig withImageBatchesInFlight(int value) {
        return new MapillaryConfig(
                apiVersion,
                graphBaseUrl,
                v3BaseUrl,
                uploadBaseUrl,
                authorizationPageUrl,
                appId,
                appSecret,
                redirectUri,
                scopes,
                connectTimeout,
                readTimeout,
                callTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfterWait,
                searchLimit,
                batchSize,
                v3PageSize,
                maxImagesPerUpload,
                value);
    }

    @Override
    public String toString() {
        return "MapillaryConfig[apiVersion=" + apiVersion + ", graphBaseUrl=" + graphBaseUrl + ", v3BaseUrl="
                + v3BaseUrl
                + ", uploadBaseUrl=" + uploadBaseUrl + ", authorizationPageUrl=" + authorizationPageUrl + ", appId="
                + appId
                + ", appSecret=" + (appSecret.isEmpty() ? "<unset>" : "****") + ", redirectUri=" + redirectUri
                + ", scopes=" + scopes + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
                + ", maxBackoff=" + maxBackoff + ", maxRetryAfterWait=" + maxRetryAfterWait + ", searchLimit="
                + searchLimit
                + ", batchSize=" + batchSize + ", v3PageSize=" + v3PageSize + ", maxImagesPerUpload="
                + maxImagesPerUpload
                + ", imageBatchesInFlight=" + imageBatchesInFlight + "]";
    }

    private static URI baseUrl(String field, URI uri) {
        URI checked = httpUrl(field, uri);
        String text = checked.toString();
        return text.endsWith("/") ? checked : URI.create(text + "/");
    }

    private static URI httpUrl(String field, URI uri) {
        Require.notNull(field, uri);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ValidationException(field, "must be an absolute http(s) URL, was " + uri);
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new ValidationException(field, "must not carry a query or fragment, was " + uri);
        }
        return uri;
    }

    private static URI httpOrAppUrl(String field, URI uri) {
        if (!uri.isAbsolute()) {
            throw new ValidationException(field, "must be an absolute URI, was " + uri);
        }
        return uri;
    }

    private static void positive(String field, Duration value) {
        Require.notNull(field, value);
        Require.that(!value.isZero() && !value.isNegative(), field, "must be positive");
    }
}
