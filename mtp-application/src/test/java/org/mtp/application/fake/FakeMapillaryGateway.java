package org.mtp.application.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillaryWorld;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.time.TimeRange;

/**
 * In-memory fake of {@link MapillaryGateway} for use-case tests: register users with tokens, add sequences, revoke a
 * token, make the next call fail with a chosen {@link MapillaryException}, and count calls per method. It follows the
 * same contract as the HTTP adapter ({@code MapillaryGatewayContract}).
 */
public final class FakeMapillaryGateway implements MapillaryGateway, MapillaryWorld {

    /** The fake app's client token: it reads public images, as Mapillary's does. */
    public static final MapillaryToken APP_TOKEN = MapillaryToken.of("MLY|4242|fakeappclienttoken0000000000000000");

    private final Map<MapillaryToken, MapillaryUser> users = new HashMap<>();
    private final Set<MapillaryToken> revoked = new HashSet<>();
    private final Map<MapillarySequenceKey, MapillarySequence> sequences = new LinkedHashMap<>();
    private final Deque<MapillaryException> failures = new ArrayDeque<>();
    private final Map<String, Integer> calls = new HashMap<>();

    /** Fluent {@link #addUser}. */
    public FakeMapillaryGateway withUser(MapillaryUser user, MapillaryToken token) {
        addUser(user, token);
        return this;
    }

    /** Fluent {@link #addSequence}. */
    public FakeMapillaryGateway withSequence(MapillarySequence sequence) {
        addSequence(sequence);
        return this;
    }

    @Override
    public synchronized void addUser(MapillaryUser user, MapillaryToken token) {
        users.put(token, user);
        revoked.remove(token);
    }

    @Override
    public synchronized void addSequence(MapillarySequence sequence) {
        sequences.put(sequence.key(), sequence);
    }

    @Override
    public synchronized void revoke(MapillaryToken token) {
        revoked.add(token);
    }

    /** The next call (whichever method) throws {@code failure}; queued failures are used one per call. */
    public synchronized void failNextWith(MapillaryException failure) {
        failures.add(failure);
    }

    @Override
    public MapillaryToken appToken() {
        return APP_TOKEN;
    }

    /** How often {@code method} ("verifyToken", "listSequences", "fetchSequence", "fetchThumbnail") was called. */
    public synchronized int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    public synchronized int totalCalls() {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public synchronized MapillaryUser verifyToken(MapillaryToken token) {
        enter("verifyToken");
        return userOf(token);
    }

    @Override
    public synchronized List<MapillarySequenceSummary> listSequences(
            MapillaryToken token, MapillaryUser user, TimeRange window) {
        enter("listSequences");
        userOf(token);
        List<MapillarySequenceSummary> summaries = new ArrayList<>();
        for (MapillarySequence sequence : sequences.values()) {
            if (!sequence.owner().sameAccount(user)) {
                continue;
            }
            List<Photo> inWindow = inCaptureOrder(sequence).stream()
                    .filter(p -> window.contains(p.capturedAtOr(sequence.capturedAt())))
                    .toList();
            if (!inWindow.isEmpty()) {
                Photo first = inWindow.get(0);
                summaries.add(new MapillarySequenceSummary(
                        sequence.key(),
                        first.capturedAtOr(sequence.capturedAt()),
                        inWindow.size(),
                        first.point(),
                        sequence.cameraMake(),
                        sequence.cameraModel(),
                        sequence.pano()));
            }
        }
        summaries.sort(Comparator.comparing(MapillarySequenceSummary::capturedAt)
                .thenComparing(s -> s.key().value()));
        return summaries;
    }

    @Override
    public synchronized MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key) {
        enter("fetchSequence");
        userOf(token);
        MapillarySequence sequence = sequences.get(key);
        if (sequence == null) {
            throw new MapillaryException.NotFound("fake: no sequence " + key);
        }
        List<Photo> ordered = inCaptureOrder(sequence);
        return new MapillarySequence(
                sequence.key(),
                sequence.owner(),
                sequence.cameraMake(),
                sequence.cameraModel(),
                sequence.pano(),
                sequence.createdAt(),
                ordered.get(0).capturedAtOr(sequence.capturedAt()),
                ordered);
    }

    @Override
    public synchronized MapillaryThumbnail fetchThumbnail(MapillaryToken token, ImageKey image) {
        enter("fetchThumbnail");
        if (!token.equals(APP_TOKEN)) {
            userOf(token);
        }
        boolean known = sequences.values().stream()
                .flatMap(s -> s.photos().stream())
                .anyMatch(p -> p.key().equals(image));
        if (!known) {
            throw new MapillaryException.NotFound("fake: no image " + image.value());
        }
        return MapillaryThumbnail.of(MapillaryWorld.syntheticThumbnail(image), "image/jpeg");
    }

    private void enter(String method) {
        calls.merge(method, 1, Integer::sum);
        MapillaryException failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
    }

    private MapillaryUser userOf(MapillaryToken token) {
        MapillaryUser user = users.get(token);
        if (user == null || revoked.contains(token)) {
            throw new MapillaryException.InvalidToken("fake: token unknown or revoked");
        }
        return user;
    }

    private static List<Photo> inCaptureOrder(MapillarySequence sequence) {
        List<Photo> ordered = new ArrayList<>(sequence.photos());
        ordered.sort(Comparator.comparing(p -> p.capturedAtOr(sequence.capturedAt())));
        return ordered;
    }
}
