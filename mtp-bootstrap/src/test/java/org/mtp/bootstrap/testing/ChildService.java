package org.mtp.bootstrap.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtp.adapter.http.testing.ApiClient;
import org.mtp.adapter.http.testing.OpenApiContract;
import org.mtp.bootstrap.Main;

/**
 * Test helper: {@code mtp serve} in a child JVM started from this test's classpath and configured only through its
 * environment, so that a test can SIGKILL it ({@link #kill()}: no shutdown hook, no flush, exactly a crash) and start
 * another on the same data. The child listens on a port of the OS's choosing, read back from its start-up log line.
 */
public final class ChildService implements AutoCloseable {

    private static final OpenApiContract CONTRACT = OpenApiContract.ofServedDocument();
    private static final Pattern LISTENING = Pattern.compile("mtp listening on http://[^:/]+:(\\d+)/");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Process process;
    private final Path log;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    /** Done when the child's output has ended and all of it is in the log file. */
    private final CompletableFuture<Void> outputCopied = new CompletableFuture<>();

    private final long launched = System.nanoTime();

    private ChildService(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code mtp serve} with exactly {@code settings} as its mtp configuration (none is inherited from this
     * JVM), in {@code workDir} (so no stray {@code .env} is read), appending its output to {@code log}; returns once
     * {@code /health/ready} answers 200.
     */
    public static ChildService serve(Map<String, String> settings, Path workDir, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(Main.class.getName());
        command.add("serve");
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("MTP_") || name.startsWith("MAPILLARY_"));
        builder.environment().putAll(settings);
        ChildService child;
        try {
            child = new ChildService(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the child JVM", e);
        }
        try {
            child.pumpOutput();
            child.awaitReady();
            return child;
        } catch (RuntimeException | Error e) {
            child.process.destroyForcibly();
            throw e;
        }
    }

    /** Copies the child's output to the log file and picks the port out of the start-up line, on a daemon thread. */
    private void pumpOutput() {
        Thread pump = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                            Writer out = Files.newBufferedWriter(
                                    log,
                                    StandardCharsets.UTF_8,
                                    StandardOpenOption.CREATE,
                                    StandardOpenOption.APPEND)) {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            out.write(line);
                            out.write('\n');
                            out.flush();
                            Matcher listening = LISTENING.matcher(line);
                            if (listening.find()) {
                                System.out.println("child " + process.pid() + ", "
                                        + (System.nanoTime() - launched) / 1_000_000 + " ms after launch: " + line);
                                port.complete(Integer.parseInt(listening.group(1)));
                            }
                        }
                    } catch (IOException e) {
                        port.completeExceptionally(e);
                    }
                    port.completeExceptionally(
                            new IllegalStateException("the child's output ended before it listened"));
                    outputCopied.complete(null);
                },
                "mtp-child-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        int listening;
        try {
            listening = port.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the child did not start listening; its log:\n" + log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listening + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not answering yet: ask again until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new IllegalStateException("the child never became ready; its log:\n" + log());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port.join();
    }

    /** A client that checks every answer against the OpenAPI document. */
    public ApiClient client() {
        return new ApiClient(baseUrl(), CONTRACT);
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL ({@link Process#destroyForcibly()} on Linux), then waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /**
     * SIGTERM: the service's shutdown hook finishes in-flight requests, closes the database and writes out its log;
     * returns once all of the child's output is in the log.
     */
    public void stop() {
        // through the handle: Process.destroy() also closes this side's pipes, and what the hook logs would be lost
        process.toHandle().destroy();
        awaitExit();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the child JVM " + process.pid() + " outlived its end by 30 s");
            }
            outputCopied.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the child's output was not copied to " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Everything the child (and the children before it on the same log) printed. */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no output)";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Never leaves a child behind, whatever state the test ended in. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
