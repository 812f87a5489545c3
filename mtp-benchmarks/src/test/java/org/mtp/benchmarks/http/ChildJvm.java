package org.mtp.benchmarks.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Load benchmark: a server in a JVM of its own (the real service, or the floor and ceiling handlers), started from this
 * JVM's classpath with {@code -Xmx256m} and a GC log, so that its resident set, heap and full collections can be read
 * from outside while it serves load. Its output goes to {@code <name>.log} beside the GC log.
 */
final class ChildJvm implements AutoCloseable {

    static final String HEAP = "-Xmx256m";

    private final String name;
    private final Process process;
    private final long startedNanos;
    private final Path gcLog;
    private final Path log;
    private final int port;

    private ChildJvm(String name, Process process, long startedNanos, Path gcLog, Path log, int port) {
        this.name = name;
        this.process = process;
        this.startedNanos = startedNanos;
        this.gcLog = gcLog;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code mainClass} listening on {@code port}; {@code extraJvm} come after the heap and GC-log options. */
    static ChildJvm start(
            String name,
            Path dir,
            int port,
            List<String> extraJvm,
            String mainClass,
            List<String> args,
            Map<String, String> environment) {
        List<String> jvm = new ArrayList<>(List.of(HEAP, "-Dorg.jboss.logging.provider=slf4j"));
        jvm.addAll(extraJvm);
        jvm.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return launch(name, dir, port, jvm, args, environment);
    }

    /** Starts a jar as an operator would ({@code java [options] -jar jar}), the JVM's defaults otherwise. */
    static ChildJvm startJar(
            String name, Path dir, int port, List<String> extraJvm, Path jar, Map<String, String> environment) {
        List<String> jvm = new ArrayList<>(extraJvm);
        jvm.addAll(List.of("-jar", jar.toString()));
        return launch(name, dir, port, jvm, List.of(), environment);
    }

    private static ChildJvm launch(
            String name, Path dir, int port, List<String> jvm, List<String> args, Map<String, String> environment) {
        try {
            Files.createDirectories(dir);
            Path gcLog = dir.resolve(name + "-gc.log");
            Path log = dir.resolve(name + ".log");
            Files.deleteIfExists(gcLog);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:gc:file=" + gcLog));
            command.addAll(jvm);
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            return new ChildJvm(name, builder.start(), started, gcLog, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Runs {@code mainClass} to its end (an admin command); returns its exit code. */
    static int runToEnd(String name, Path dir, String mainClass, List<String> args, Map<String, String> environment) {
        try (ChildJvm child = start(name, dir, 0, List.of(), mainClass, args, environment)) {
            if (!child.process.waitFor(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException(name + " did not finish within 5 minutes; see " + child.log);
            }
            return child.process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port nobody listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the port accepts a connection; returns milliseconds since the process was started. */
    double awaitListening(long timeoutSeconds) {
        long deadline = startedNanos + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return (System.nanoTime() - startedNanos) / 1e6;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException(name + " did not listen within " + timeoutSeconds + " s; see " + log);
    }

    /** Polling a port is the one wait here; 5 ms keeps the start-up figure within 5 ms of the truth. */
    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** CPU time (user + system) the process has used so far, in milliseconds. */
    long cpuMillis() {
        return CpuTime.ofProcess(process.pid());
    }

    /** Resident set, its peak, the heap as the JVM reports it, and the collections in the GC log so far. */
    Memory memory() {
        try {
            String status = Files.readString(Path.of("/proc", Long.toString(process.pid()), "status"));
            long rss = kilobytes(status, "VmRSS:");
            long hwm = kilobytes(status, "VmHWM:");
            List<String> gc = Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
            long pauses = gc.stream().filter(l -> l.contains(" Pause ")).count();
            long full = gc.stream().filter(l -> l.contains("Pause Full")).count();
            String collector = gc.stream()
                    .filter(l -> l.contains("Using "))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf("Using ") + 6).trim())
                    .orElse("?");
            return new Memory(rss, hwm, heapInfo(), collector, pauses, full);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String heapInfo() throws IOException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()),
                        "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return text.lines()
                .filter(l -> l.contains("total") && l.contains("used"))
                .findFirst()
                .orElse("?")
                .trim();
    }

    private static long kilobytes(String status, String key) {
        return status.lines()
                .filter(l -> l.startsWith(key))
                .findFirst()
                .map(l -> Long.parseLong(
                        l.substring(key.length()).replace("kB", "").trim()))
                .orElse(-1L);
    }

    /** What {@link #memory()} read. */
    record Memory(long rssKb, long peakRssKb, String heap, String collector, long pauses, long fullGcs) {

        String describe() {
            return String.format(
                    "RSS %d MB (peak %d MB); heap: %s; %s, %d pauses, %d full GCs",
                    rssKb / 1024, peakRssKb / 1024, heap, collector, pauses, fullGcs);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
