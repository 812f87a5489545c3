package org.mtp.adapter.mapillary.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fake Mapillary's data: accounts, tokens, images grouped in sequences, OAuth codes and upload sessions. */
final class FakeState {

    /** An account. */
    record User(String id, String username) {}

    /** One image as Mapillary stores it. */
    record Image(
            String id,
            String sequence,
            long capturedAtMs,
            double lon,
            double lat,
            Double compassAngle,
            User creator,
            boolean pano,
            String make,
            String model) {}

    final Map<String, User> usersById = new LinkedHashMap<>();
    final Map<String, String> userIdByToken = new HashMap<>();
    final Set<String> revokedTokens = new HashSet<>();
    final Map<String, Image> images = new LinkedHashMap<>();
    final Map<String, Instant> sequenceCreatedAt = new HashMap<>();
    final Map<String, String> codes = new HashMap<>();
    final Map<String, String> refreshTokens = new HashMap<>();
    final Map<String, byte[]> uploadSessions = new HashMap<>();
    final Map<String, String> handles = new HashMap<>();
    final List<String> finishedHandles = new ArrayList<>();
    int issuedTokens;
    int clusters;
    int signedUrls;

    User userOfToken(String token) {
        if (token == null || revokedTokens.contains(token)) {
            return null;
        }
        String id = userIdByToken.get(token);
        return id == null ? null : usersById.get(id);
    }

    /** A sequence's images in capture order, ties by id. */
    List<Image> sequence(String key) {
        return images.values().stream()
                .filter(i -> i.sequence().equals(key))
                .sorted(Comparator.comparingLong(Image::capturedAtMs).thenComparing(Image::id))
                .toList();
    }

    /** Every sequence key, ordered by the capture of its first image. */
    List<String> sequenceKeys() {
        Map<String, Long> first = new HashMap<>();
        for (Image i : images.values()) {
            first.merge(i.sequence(), i.capturedAtMs(), Math::min);
        }
        return first.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    Instant createdAt(String sequenceKey) {
        return sequenceCreatedAt.getOrDefault(
                sequenceKey,
                Instant.ofEpochMilli(sequence(sequenceKey).get(0).capturedAtMs())
                        .plus(Duration.ofDays(1)));
    }
}
