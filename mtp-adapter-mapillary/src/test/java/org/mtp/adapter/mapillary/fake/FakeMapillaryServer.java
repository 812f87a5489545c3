package org.mtp.adapter.mapillary.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryWorld;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.Photo;

/**
 * A strict local Mapillary on one MockWebServer: {@code /v3/...} is the legacy API,
 * {@code /mapillary_public_uploads/...} the upload service, everything else the Graph API. State lives in memory and
 * every answer is generated from it in the documented shapes. It refuses what the real service would (and a little
 * more, so that it cannot share the client's mistakes): each refusal is answered with Mapillary's error shape and also
 * recorded in {@link #rejections()}, which tests of the real client expect to stay empty.
 */
public final class FakeMapillaryServer implements MapillaryWorld, AutoCloseable {

    public static final String APP_ID = "1234567890";
    public static final String APP_SECRET = "MLY|1234567890|0123456789abcdef0123456789abcdef";
    /** The app's client token, which reads public images (thumbnails) without a user. */
    public static final String APP_CLIENT_TOKEN = "MLY|1234567890|fedcba9876543210fedcba9876543210";

    public static final URI REDIRECT = URI.create("https://mtp.example/mapillary/callback");

    private final MockWebServer server = new MockWebServer();
    final FakeState state = new FakeState();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> rejections = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final List<Hold> holds = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> answered = new ArrayList<>();
    private volatile boolean closed;
    private final FakeGraph graph = new FakeGraph(this);
    private final FakeV3 v3 = new FakeV3(this);
    private final FakeUpload upload = new FakeUpload(this);

    volatile int maxSearchLimit = 2000;
    volatile boolean searchPaging;
    volatile int imageIdsPageSize;
    volatile boolean duplicateSearchResults;
    volatile boolean unknownFields;
    volatile boolean v3CursorPaging;
    volatile Long tokenLifetimeSeconds = 5_184_000L;
    volatile boolean issueRefreshTokens;
    private MapillaryUser grantee;
    private int grants;

    public FakeMapillaryServer() {
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                // Outside the lock, so that other connections are answered while this one is held.
                holdIfAsked(request);
                MockResponse response = FakeMapillaryServer.this.dispatch(request);
                answered(request);
                return response;
            }
        });
    }

    public FakeMapillaryServer start() {
        try {
            server.start(0);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The adapter's configuration with every base URL on this server and the fake app's credentials. */
    public MapillaryConfig config() {
        return MapillaryConfig.defaults().pointedAt(root()).withApp(APP_ID, APP_SECRET, REDIRECT);
    }

    public URI root() {
        return server.url("/").uri();
    }

    String url(String pathAndQuery) {
        return server.url(pathAndQuery).toString();
    }

    // ---- seeding (MapillaryWorld and more) ----

    @Override
    public synchronized void addUser(MapillaryUser user, MapillaryToken token) {
        state.usersById.put(user.id().value(), new FakeState.User(user.id().value(), user.username()));
        state.userIdByToken.put(token.reveal(), user.id().value());
    }

    @Override
    public synchronized void addSequence(MapillarySequence sequence) {
        FakeState.User owner = new FakeState.User(
                sequence.owner().id().value(), sequence.owner().username());
        for (Photo photo : sequence.photos()) {
            Instant at = photo.capturedAtOr(sequence.capturedAt());
            state.images.put(
                    photo.key().value(),
                    new FakeState.Image(
                            photo.key().value(),
                            sequence.key().value(),
                            at.toEpochMilli(),
                            photo.point().lon(),
                            photo.point().lat(),
                            photo.angle().map(a -> a.degrees()).orElse(null),
                            owner,
                            sequence.pano(),
                            sequence.cameraMake() == null
                                    ? "none"
                                    : sequence.cameraMake().name(),
                            sequence.cameraModel() == null
                                    ? "none"
                                    : sequence.cameraModel().name()));
        }
        if (sequence.createdAt() != null) {
            state.sequenceCreatedAt.put(sequence.key().value(), sequence.createdAt());
        }
    }

    /** Adds one image directly (for shapes a domain sequence cannot express, such as a different creator). */
    public synchronized void addImage(
            String id,
            String sequence,
            Instant capturedAt,
            double lon,
            double lat,
            Double angle,
            MapillaryUser creator,
            boolean pano,
            String make,
            String model) {
        state.images.put(
                id,
                new FakeState.Image(
                        id,
                        sequence,
                        capturedAt.toEpochMilli(),
                        lon,
                        lat,
                        angle,
                        new FakeState.User(creator.id().value(), creator.username()),
                        pano,
                        make,
                        model));
    }

    @Override
    public MapillaryToken appToken() {
        return MapillaryToken.of(APP_CLIENT_TOKEN);
    }

    @Override
    public synchronized void revoke(MapillaryToken token) {
        state.revokedTokens.add(token.reveal());
    }

    /** The next {@code POST /token} with this code yields a token for {@code user}. */
    public synchronized void acceptCode(String code, MapillaryUser user) {
        state.usersById.putIfAbsent(
                user.id().value(), new FakeState.User(user.id().value(), user.username()));
        state.codes.put(code, user.id().value());
    }

    /**
     * The grant page ({@code GET /connect}) grants {@code user}'s access at once: it sends the browser to the request's
     * {@code redirect_uri} with a fresh code (which {@code POST /token} accepts once) and the state; null denies, as a
     * person pressing "Deny" does ({@code error=access_denied}).
     */
    public synchronized FakeMapillaryServer grantOnConnect(MapillaryUser user) {
        this.grantee = user;
        return this;
    }

    // ---- switches ----

    /** The search's largest accepted {@code limit} (Mapillary: 2000); tests use small caps. */
    public FakeMapillaryServer searchCap(int cap) {
        this.maxSearchLimit = cap;
        return this;
    }

    /** Searches answer with cursor pages and {@code paging.next} instead of silently capping. */
    public FakeMapillaryServer searchPaging(boolean on) {
        this.searchPaging = on;
        return this;
    }

    /** {@code /image_ids} answers in pages of this size with {@code paging.next} (0: one page). */
    public FakeMapillaryServer imageIdsPageSize(int size) {
        this.imageIdsPageSize = size;
        return this;
    }

    /** Every search result appears twice in its page. */
    public FakeMapillaryServer duplicateSearchResults(boolean on) {
        this.duplicateSearchResults = on;
        return this;
    }

    /** Images carry extra members the client does not know ({@code merge_cc} as an exponent float, thumbnails). */
    public FakeMapillaryServer unknownFields(boolean on) {
        this.unknownFields = on;
        return this;
    }

    /** v3 next links use an opaque cursor ({@code _start_key_time}) instead of {@code page}. */
    public FakeMapillaryServer v3CursorPaging(boolean on) {
        this.v3CursorPaging = on;
        return this;
    }

    /** {@code expires_in} of issued tokens (null: left out). */
    public FakeMapillaryServer tokenLifetime(Long seconds) {
        this.tokenLifetimeSeconds = seconds;
        return this;
    }

    /** Token responses include a separate {@code refresh_token}. */
    public FakeMapillaryServer issueRefreshTokens(boolean on) {
        this.issueRefreshTokens = on;
        return this;
    }

    /** The next request whose path starts with {@code pathPrefix} gets {@code response} instead of the normal one. */
    public synchronized FakeMapillaryServer script(String pathPrefix, MockResponse response) {
        scripted.add(new Scripted(r -> r.getUrl().encodedPath().startsWith(pathPrefix), response));
        return this;
    }

    /** The next request to exactly {@code path} gets {@code response} instead of the normal one. */
    public synchronized FakeMapillaryServer scriptExact(String path, MockResponse response) {
        scripted.add(new Scripted(r -> r.getUrl().encodedPath().equals(path), response));
        return this;
    }

    /** The next {@code times} requests that {@code matches} accepts get {@code response} instead of the normal one. */
    public synchronized FakeMapillaryServer script(
            Predicate<RecordedRequest> matches, MockResponse response, int times) {
        for (int i = 0; i < times; i++) {
            scripted.add(new Scripted(matches, response));
        }
        return this;
    }

    /**
     * Requests that {@code matches} accepts are answered only after {@code others} other requests have been answered
     * since they arrived (waiting at most {@code max}); meanwhile the fake answers other connections as usual.
     */
    public FakeMapillaryServer holdUntilOthersAnswered(Predicate<RecordedRequest> matches, int others, Duration max) {
        holds.add(new Hold(matches, others, max, null));
        return this;
    }

    /** Requests that {@code matches} accepts are answered once {@code release} opens (waiting at most {@code max}). */
    public FakeMapillaryServer holdUntil(Predicate<RecordedRequest> matches, CountDownLatch release, Duration max) {
        holds.add(new Hold(matches, 0, max, release));
        return this;
    }

    /** A multi-get ({@code GET /?ids=...}) whose ids include {@code imageId}. */
    public static Predicate<RecordedRequest> multiGetOf(String imageId) {
        return r -> r.getUrl().encodedPath().equals("/")
                && r.getUrl().queryParameter("ids") != null
                && Arrays.asList(r.getUrl().queryParameter("ids").split(",")).contains(imageId);
    }

    /** {@link #script} {@code times} times. */
    public synchronized FakeMapillaryServer script(String pathPrefix, MockResponse response, int times) {
        for (int i = 0; i < times; i++) {
            script(pathPrefix, response);
        }
        return this;
    }

    /** The next upload POST stores only its first {@code keepBytes} bytes, then answers {@code response}. */
    public FakeMapillaryServer interruptNextUpload(int keepBytes, MockResponse response) {
        upload.interruptNext(keepBytes, response);
        return this;
    }

    /** Pre-loads an upload session, as if an earlier run had sent {@code bytes}. */
    public synchronized void preloadUploadSession(String sessionKey, byte[] bytes) {
        state.uploadSessions.put(sessionKey, bytes.clone());
    }

    // ---- what happened ----

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Requests whose path starts with {@code pathPrefix}. */
    public List<RecordedRequest> requests(String pathPrefix) {
        return requests().stream()
                .filter(r -> r.getUrl().encodedPath().startsWith(pathPrefix))
                .toList();
    }

    /** Requests in the order their answers were produced (held ones last), which may differ from arrival order. */
    public List<RecordedRequest> answered() {
        synchronized (answered) {
            return List.copyOf(answered);
        }
    }

    public int requestCount() {
        return requests.size();
    }

    public List<String> rejections() {
        synchronized (rejections) {
            return List.copyOf(rejections);
        }
    }

    public synchronized byte[] uploadSession(String sessionKey) {
        byte[] bytes = state.uploadSessions.get(sessionKey);
        return bytes == null ? null : bytes.clone();
    }

    public synchronized List<String> finishedHandles() {
        return List.copyOf(state.finishedHandles);
    }

    /** Records a refusal and answers with {@code response}. */
    MockResponse reject(RecordedRequest request, String why, MockResponse response) {
        rejections.add(request.getMethod() + " " + request.getUrl().encodedPath() + ": " + why);
        return response;
    }

    private synchronized MockResponse dispatch(RecordedRequest request) {
        for (Scripted s : scripted) {
            if (s.matches().test(request)) {
                scripted.remove(s);
                return s.response();
            }
        }
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/v3/")) {
            return v3.handle(request);
        }
        if (path.startsWith("/mapillary_public_uploads/")) {
            return upload.handle(request);
        }
        if (path.equals("/connect")) {
            return connect(request);
        }
        if (path.startsWith("/cdn/thumb256/")) {
            return thumbnail(request, path.substring("/cdn/thumb256/".length()));
        }
        return graph.handle(request);
    }

    /** Mapillary's grant page, answered at once as {@link #grantOnConnect} says. */
    private MockResponse connect(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String redirect = url.queryParameter("redirect_uri");
        if (redirect == null || !APP_ID.equals(url.queryParameter("client_id"))) {
            return reject(
                    request,
                    "connect without redirect_uri or client_id",
                    new MockResponse.Builder().code(400).build());
        }
        HttpUrl.Builder back = HttpUrl.get(redirect).newBuilder();
        if (grantee == null) {
            back.addQueryParameter("error", "access_denied")
                    .addQueryParameter("error_description", "Permissions error");
        } else {
            String code = "fake-code-" + (++grants);
            acceptCode(code, grantee);
            back.addQueryParameter("code", code);
        }
        if (url.queryParameter("state") != null) {
            back.addQueryParameter("state", url.queryParameter("state"));
        }
        return new MockResponse.Builder()
                .code(302)
                .addHeader("Location", back.build().toString())
                .build();
    }

    /** The image CDN: signed URLs only, and it must never be sent a token. */
    private MockResponse thumbnail(RecordedRequest request, String file) {
        if (request.getHeaders().get("Authorization") != null) {
            return reject(
                    request,
                    "a token sent to the CDN",
                    new MockResponse.Builder().code(400).build());
        }
        String id = file.endsWith(".jpg") ? file.substring(0, file.length() - 4) : file;
        if (request.getUrl().queryParameter("sig") == null || !state.images.containsKey(id)) {
            return new MockResponse.Builder().code(403).body("Bad signature").build();
        }
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "image/jpeg")
                .body(new Buffer().write(MapillaryWorld.syntheticThumbnail(ImageKey.of(id))))
                .build();
    }

    private void holdIfAsked(RecordedRequest request) {
        for (Hold hold : holds) {
            if (hold.matches().test(request) && hold.release() != null) {
                awaitRelease(hold.release(), hold.max());
            } else if (hold.matches().test(request)) {
                awaitAnswers(hold.others(), hold.max());
            }
        }
    }

    private void awaitRelease(CountDownLatch release, Duration max) {
        try {
            release.await(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitAnswers(int others, Duration max) {
        synchronized (answered) {
            int target = answered.size() + others;
            long deadline = System.nanoTime() + max.toNanos();
            while (answered.size() < target && System.nanoTime() < deadline && !closed) {
                try {
                    answered.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void answered(RecordedRequest request) {
        synchronized (answered) {
            answered.add(request);
            answered.notifyAll();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (answered) {
            answered.notifyAll(); // releases held requests, so the server can stop
        }
        server.close();
    }

    private record Scripted(Predicate<RecordedRequest> matches, MockResponse response) {}

    private record Hold(Predicate<RecordedRequest> matches, int others, Duration max, CountDownLatch release) {}
}
