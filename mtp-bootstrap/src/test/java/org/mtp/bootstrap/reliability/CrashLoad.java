package org.mtp.bootstrap.reliability;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.ApiResponse;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.domain.TestPhotos;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.user.UserId;

/**
 * Test support for the crash test: a few workers, one per person, writing as fast as the service answers (likes and
 * unlikes, viewpoints marked and unmarked on others' photos, one-step imports, drafts then imports, deletions of their
 * own sequences), every write entered in the {@link WriteLog} before it is sent and marked acknowledged when its 2xx
 * arrives. A worker stops at its first write left unanswered, which is what the child's death looks like.
 */
final class CrashLoad {

    /** A person writing: mtp username and access token, and the Mapillary account and token they import with. */
    record Person(String username, String accessToken, UserId mapillaryOwner, MapillaryToken mapillaryToken) {}

    /** A published sequence the workers like, mark and (their own) delete. */
    record Target(String id, String owner, List<String> images) {}

    private static final String[] TRANSPORTS = {"Walk", "Bicycle", "Ski", "Car"};
    private static final String[][] CAMERAS = {{"GoPro", "HERO9 Black"}, {"Sony", "A7"}, {null, null}};

    private final ApiClient api;
    private final WriteLog log;
    private final FakeMapillaryServer mapillary;
    private final List<Person> people;
    private final List<Target> targets;
    private final long seed;
    private final String round;
    private final CountDownLatch acknowledgements;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    /**
     * @param targets the published sequences, shared by the workers (imports add to it, deletions take away)
     * @param round a prefix that makes this load's Mapillary keys unique
     * @param enough how many acknowledged writes {@link #awaitAcknowledged} waits for
     */
    CrashLoad(
            ApiClient api,
            WriteLog log,
            FakeMapillaryServer mapillary,
            List<Person> people,
            List<Target> targets,
            long seed,
            String round,
            int enough) {
        this.api = api;
        this.log = log;
        this.mapillary = mapillary;
        this.people = people;
        this.targets = new CopyOnWriteArrayList<>(targets);
        this.seed = seed;
        this.round = round;
        this.acknowledgements = new CountDownLatch(enough);
    }

    void start() {
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Random random = new Random(seed * 31 + i);
            Thread thread = new Thread(() -> work(person, random), "crash-load-" + person.username());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Waits until {@code enough} writes were acknowledged; false if that took longer than {@code timeout}. */
    boolean awaitAcknowledged(Duration timeout) throws InterruptedException {
        return acknowledgements.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Requests on the wire right now. */
    int inFlight() {
        return inFlight.get();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Waits for every worker to stop (they stop by themselves once the child is dead); true if they all did. */
    boolean awaitStopped(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (thread.isAlive()) {
                return false;
            }
        }
        return true;
    }

    /** Asks every worker to stop after its current write (for a test that failed before its kill). */
    void stop() {
        stopped = true;
    }

    /** Answers no rule explains: a 5xx, an unexpected 4xx, a body breaking the OpenAPI document. */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    // ---- one worker ----

    private void work(Person person, Random random) {
        int imports = 0;
        try {
            while (!stopped) {
                int dice = random.nextInt(100);
                if (dice < 35) {
                    like(person, random);
                } else if (dice < 70) {
                    mark(person, random);
                } else if (dice < 87) {
                    importOne(person, random, round + person.username() + "n" + imports++);
                } else {
                    deleteOwn(person, random);
                }
            }
        } catch (UncheckedIOException unanswered) {
            // the child died with this write in flight: the log keeps it as pending, and this worker is done
        } catch (RuntimeException | AssertionError e) {
            unexpected.add(person.username() + ": " + e);
        }
    }

    private void like(Person person, Random random) {
        Target target = pick(random, person.username());
        if (target == null) {
            return;
        }
        String subject = WriteLog.likeSubject(person.username(), target.id());
        boolean desired = !log.state(subject);
        String path = "/api/v1/sequences/" + target.id() + "/like";
        toggle(person, subject, target, desired, desired ? api.put(path) : api.delete(path));
    }

    private void mark(Person person, Random random) {
        Target target = pick(random, person.username());
        if (target == null) {
            return;
        }
        String image = target.images().get(random.nextInt(target.images().size()));
        String subject = WriteLog.viewpointSubject(person.username(), target.id(), image);
        boolean desired = !log.state(subject);
        String path = "/api/v1/sequences/" + target.id() + "/photos/" + image + "/viewpoint";
        toggle(person, subject, target, desired, desired ? api.put(path) : api.delete(path));
    }

    private void toggle(Person person, String subject, Target target, boolean desired, ApiClient.Call call) {
        log.sending(subject, target.id(), desired);
        ApiResponse response = send(call.bearer(person.accessToken()));
        if (response.status() == 200) {
            log.acknowledged(subject, desired);
            counted();
        } else if (response.status() == 404) {
            log.targetGone(subject, target.id());
        } else {
            unexpected.add(subject + " -> " + response.status() + " " + response.body());
            log.toggleRefused(subject);
        }
    }

    private void importOne(Person person, Random random, String key) {
        MapillarySequence onMapillary = onMapillary(person, random, key);
        Set<String> images =
                onMapillary.photos().stream().map(p -> p.key().value()).collect(Collectors.toSet());
        String name = "Crash " + key;
        String transport = TRANSPORTS[random.nextInt(TRANSPORTS.length)];
        boolean draftFirst = random.nextBoolean();
        log.importing(key, person.username(), images, draftFirst);
        if (!draftFirst) {
            ApiResponse imported = send(api.post("/api/v1/sequence/import")
                    .bearer(person.accessToken())
                    .json("{\"sequence_key\":\"" + key + "\",\"name\":\"" + name + "\",\"transport_type\":\""
                            + transport + "\"}"));
            published(person, key, onMapillary, imported, 201);
            return;
        }
        ApiResponse draft = send(api.post("/api/v1/sequence/create")
                .bearer(person.accessToken())
                .form(ApiClient.form("name", name, "transport_type", transport)));
        if (draft.status() != 201) {
            unexpected.add("draft for " + key + " -> " + draft.status() + " " + draft.body());
            log.refused(key);
            return;
        }
        String id = draft.text("unique_id");
        log.draftCreated(key, id);
        counted();
        log.attaching(key);
        ApiResponse attached = send(api.put("/api/v1/sequence/import/" + id)
                .bearer(person.accessToken())
                .json("{\"token\":\"" + person.mapillaryToken().reveal() + "\",\"seq_key\":\"" + key + "\"}"));
        published(person, key, onMapillary, attached, 200);
    }

    private void published(
            Person person, String key, MapillarySequence onMapillary, ApiResponse response, int success) {
        if (response.status() != success) {
            unexpected.add("import of " + key + " -> " + response.status() + " " + response.body());
            log.refused(key);
            return;
        }
        String id = response.text("unique_id");
        log.imported(key, id);
        targets.add(new Target(
                id,
                person.username(),
                onMapillary.photos().stream().map(p -> p.key().value()).toList()));
        counted();
    }

    private void deleteOwn(Person person, Random random) {
        List<Target> own = targets.stream()
                .filter(t -> t.owner().equals(person.username()))
                .toList();
        if (own.isEmpty()) {
            return;
        }
        Target target = own.get(random.nextInt(own.size()));
        targets.remove(target);
        log.deleting(target.id());
        ApiResponse response =
                send(api.delete("/api/v1/sequences/" + target.id()).bearer(person.accessToken()));
        if (response.status() == 204) {
            log.deleted(target.id());
            counted();
        } else {
            unexpected.add("delete of " + target.id() + " -> " + response.status() + " " + response.body());
        }
    }

    // ---- helpers ----

    /** A random target not owned by {@code person} (nobody likes or marks their own). */
    private Target pick(Random random, String person) {
        List<Target> candidates =
                targets.stream().filter(t -> !t.owner().equals(person)).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** A new sequence of {@code person} on Mapillary: 2 to 9 photos, a random year, camera and place. */
    private MapillarySequence onMapillary(Person person, Random random, String key) {
        int count = 2 + random.nextInt(8);
        double lon = -170 + random.nextDouble() * 340;
        double lat = -80 + random.nextDouble() * 160;
        GeoPoint[] points = new GeoPoint[count];
        for (int i = 0; i < count; i++) {
            points[i] = GeoPoint.of(lon, lat + i * 0.001);
        }
        String[] camera = CAMERAS[random.nextInt(CAMERAS.length)];
        Instant captured = TestPhotos.FIRST_SHOT.minus(Duration.ofDays(random.nextInt(3 * 365)));
        MapillarySequence sequence = TestSequences.aSequence()
                .owner(person.mapillaryOwner())
                .key(key)
                .camera(camera[0], camera[1])
                .capturedAt(captured)
                .points(points)
                .mapillary();
        mapillary.addSequence(sequence);
        return sequence;
    }

    private ApiResponse send(ApiClient.Call call) {
        inFlight.incrementAndGet();
        try {
            return call.send();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void counted() {
        acknowledged.incrementAndGet();
        acknowledgements.countDown();
    }
}
