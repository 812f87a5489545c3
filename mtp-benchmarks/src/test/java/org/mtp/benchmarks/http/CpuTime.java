package org.mtp.benchmarks.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Load benchmark: CPU time read from {@code /proc}, so that on two shared cores the cost of a request can be told apart
 * from the time it waited for a core: per process, and summed over every PostgreSQL server process.
 */
final class CpuTime {

    /** Linux reports these fields in clock ticks of 10 ms (USER_HZ = 100 on every mainstream kernel). */
    private static final long MILLIS_PER_TICK = 10;

    private CpuTime() {}

    static long ofProcess(long pid) {
        try {
            return fromStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException gone) {
            return 0;
        }
    }

    /**
     * The PostgreSQL server serving {@code dataDirectory} (its postmaster, found by the {@code -D} argument, and every
     * process it forked: backends and background workers), in milliseconds; 0 when none runs. Other PostgreSQL servers
     * on the machine (other builds' tests) are not counted.
     */
    static long ofPostgres(Path dataDirectory) {
        String dataArgument = dataDirectory.toAbsolutePath().normalize().toString();
        long postmaster = -1;
        Map<Long, String> stats = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (!stat.contains("(postgres)")) {
                        continue;
                    }
                    long pid = Long.parseLong(process.getFileName().toString());
                    stats.put(pid, stat);
                    String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (command.contains(dataArgument)) {
                        postmaster = pid;
                    }
                } catch (IOException gone) {
                    // the process ended between listing and reading: its time is gone with it
                }
            }
        } catch (IOException e) {
            return -1;
        }
        long total = 0;
        for (Map.Entry<Long, String> entry : stats.entrySet()) {
            if (entry.getKey() == postmaster || parent(entry.getValue()) == postmaster) {
                total += fromStat(entry.getValue());
            }
        }
        return total;
    }

    private static long parent(String stat) {
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
    }

    /** utime and stime, fields 14 and 15, counted after the command name's closing parenthesis. */
    private static long fromStat(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    }
}
