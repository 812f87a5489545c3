package org.mtp.adapter.persistence.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test support: a second JVM running a main class from the test classpath, whose standard output the test reads line by
 * line and which it can kill with SIGKILL (no shutdown hook runs, exactly as in a crash).
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final Path errorLog;

    private ChildJvm(Process process, Path errorLog) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.errorLog = errorLog;
    }

    public static ChildJvm start(Class<?> mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        try {
            Path errorLog = Files.createTempFile("mtp-child-", ".log");
            Process process =
                    new ProcessBuilder(command).redirectError(errorLog.toFile()).start();
            return new ChildJvm(process, errorLog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads standard output until a line starting with {@code prefix}, and returns that line. */
    public String awaitLine(String prefix, Duration timeout) throws InterruptedException, TimeoutException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> readUntil(prefix));
        try {
            return line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the child JVM ended before printing '" + prefix + "'; its log:\n" + log(), e);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new TimeoutException(
                    "no '" + prefix + "' from the child JVM within " + timeout + "; its log:\n" + log());
        }
    }

    private String readUntil(String prefix) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new IllegalStateException("end of output");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, then waits for the process to be gone; returns its exit status (137 for a SIGKILL). */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child JVM survived SIGKILL for a minute");
        }
        return process.exitValue();
    }

    /** Waits for the child to finish on its own and returns its exit status. */
    public int awaitExit(Duration timeout) throws InterruptedException, TimeoutException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new TimeoutException("the child JVM did not exit within " + timeout + "; its log:\n" + log());
        }
        return process.exitValue();
    }

    public String log() {
        try {
            return Files.readString(errorLog);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        output.close();
        Files.deleteIfExists(errorLog);
    }
}
