package org.mtp.bootstrap.recorded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.util.diff.DiffUtils;

/**
 * Test helper: the recorded exchanges kept under {@code src/test/resources/recorded-exchanges}, one file per scenario
 * group. A run is compared with them; when one is absent, or with {@code -Drecord.exchanges=true}, the run is written
 * instead and the test fails, so that no recording guards anything before someone reviewed and committed it.
 */
final class Recordings {

    /** The system property that asks for the run to be written instead of compared. */
    static final String RECORD = "record.exchanges";

    private static final String SUFFIX = ".txt";

    private Recordings() {}

    /** Where the recordings live in the source tree (not the copy on the class path, which a build may not refresh). */
    static Path directory() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        if (!Files.isDirectory(module.resolve("src/test/java/org/mtp/bootstrap"))) {
            module = module.resolve("mtp-bootstrap");
        }
        return module.resolve("src/test/resources/recorded-exchanges");
    }

    /** Each recording's text by group name, in name order. */
    static Map<String, String> read() {
        try (Stream<Path> files = Files.list(directory())) {
            Map<String, String> recorded = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(SUFFIX)).toList()) {
                String name = file.getFileName().toString();
                recorded.put(name.substring(0, name.length() - SUFFIX.length()), Files.readString(file));
            }
            return recorded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares the run's text of every group with its recording, or writes them all; returns what is wrong (empty when
     * the run answered exactly as recorded), each difference shown on the first exchange that differs.
     */
    static List<String> check(Map<String, String> run) {
        Path directory = directory();
        boolean absent = run.keySet().stream().anyMatch(group -> !Files.exists(directory.resolve(group + SUFFIX)));
        if (absent || Boolean.getBoolean(RECORD)) {
            write(directory, run);
            return List.of("wrote " + run.size() + " recordings to " + directory + (absent ? " (some were absent)" : "")
                    + ": review them (git diff) and commit them; this test passes only against a committed recording");
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> recorded = read();
        Set<String> stale = new TreeSet<>(recorded.keySet());
        stale.removeAll(run.keySet());
        stale.forEach(group -> problems.add(group + SUFFIX + " records a group the scripted run no longer has"));
        run.forEach((group, text) -> {
            if (!text.equals(recorded.get(group))) {
                problems.add(firstDifference(group, recorded.get(group), text));
            }
        });
        return problems;
    }

    private static void write(Path directory, Map<String, String> run) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> group : run.entrySet()) {
                Files.writeString(directory.resolve(group.getKey() + SUFFIX), group.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unified diff of the first block (preamble or exchange) that differs, with its place in the file. */
    static String firstDifference(String group, String recorded, String run) {
        List<String> before = blocks(recorded);
        List<String> after = blocks(run);
        int common = Math.min(before.size(), after.size());
        for (int i = 0; i < common; i++) {
            if (!before.get(i).equals(after.get(i))) {
                List<String> was = before.get(i).lines().toList();
                List<String> is = after.get(i).lines().toList();
                List<String> diff =
                        DiffUtils.generateUnifiedDiff("recorded", "this run", was, DiffUtils.diff(was, is), 3);
                return group + SUFFIX + ": "
                        + (i == 0
                                ? "the preamble"
                                : "exchange " + i + " of " + (before.size() - 1) + " (" + was.get(0) + ")")
                        + " differs:\n" + String.join("\n", diff);
            }
        }
        return before.size() > after.size()
                ? group + SUFFIX + ": this run ends before recorded exchange " + common + ":\n" + before.get(common)
                : group + SUFFIX + ": this run goes on after the last recorded exchange with:\n" + after.get(common);
    }

    /** The preamble, then one text per exchange. */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(Transcript.BLOCK)) {
                blocks.add(current.toString());
                current.setLength(0);
            }
            current.append(line).append('\n');
        }
        blocks.add(current.toString());
        return blocks;
    }
}
