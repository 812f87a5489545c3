package org.mtp.bootstrap.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test oracle: the checks Prometheus's own {@code promtool check metrics} runs (client_golang's promlint: help text,
 * base units, no abbreviated units, {@code _total} on counters only, the suffixes and labels reserved for summaries and
 * histograms, no type in the name, no colon, snake_case, unique series) on a text exposition. Each problem reads as
 * promtool prints it, {@code name message}.
 */
public final class PromLint {

    /** Units promlint recognises, each mapped to its base unit. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("amperes", "amperes"),
            Map.entry("bytes", "bytes"),
            Map.entry("celsius", "celsius"),
            Map.entry("grams", "grams"),
            Map.entry("joules", "joules"),
            Map.entry("kelvin", "kelvin"),
            Map.entry("meters", "meters"),
            Map.entry("metres", "metres"),
            Map.entry("seconds", "seconds"),
            Map.entry("volts", "volts"),
            Map.entry("minutes", "seconds"),
            Map.entry("hours", "seconds"),
            Map.entry("days", "seconds"),
            Map.entry("weeks", "seconds"),
            Map.entry("kelvins", "kelvin"),
            Map.entry("fahrenheit", "celsius"),
            Map.entry("rankine", "celsius"),
            Map.entry("inches", "meters"),
            Map.entry("yards", "meters"),
            Map.entry("miles", "meters"),
            Map.entry("bits", "bytes"),
            Map.entry("calories", "joules"),
            Map.entry("pounds", "grams"),
            Map.entry("ounces", "grams"));

    private static final List<String> UNIT_PREFIXES = List.of(
            "pico", "nano", "micro", "milli", "centi", "deci", "deca", "hecto", "kilo", "kibi", "mega", "mibi", "giga",
            "gibi", "tera", "tebi", "peta", "pebi");
    private static final List<String> UNIT_ABBREVIATIONS =
            List.of("s", "ms", "us", "ns", "sec", "b", "kb", "mb", "gb", "tb", "pb", "m", "h", "d");
    private static final List<String> TYPES_NOT_IN_NAMES =
            List.of("counter", "gauge", "summary", "histogram", "gauge_histogram");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][A-Z]");
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+\\S+.*");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private PromLint() {}

    /** One metric family of the exposition: its declared type, whether it has help, and its series. */
    private static final class Family {
        final String name;
        String type = "untyped";
        boolean help;
        final List<Map<String, String>> series = new ArrayList<>();
        final List<String> seriesNames = new ArrayList<>();

        Family(String name) {
            this.name = name;
        }
    }

    /** Every problem promtool would report on {@code exposition}, in the order of the families. */
    public static List<String> problems(String exposition) {
        List<String> problems = new ArrayList<>();
        for (Family family : families(exposition)) {
            check(family).forEach(problem -> problems.add(family.name + " " + problem));
        }
        return problems;
    }

    private static List<Family> families(String exposition) {
        Map<String, Family> families = new LinkedHashMap<>();
        Family current = null;
        for (String line : exposition.split("\n")) {
            String[] words = line.split(" ", 4);
            if (line.startsWith("# HELP ") && words.length >= 3) {
                families.computeIfAbsent(words[2], Family::new).help = true;
            } else if (line.startsWith("# TYPE ") && words.length == 4) {
                current = families.computeIfAbsent(words[2], Family::new);
                current.type = words[3].strip();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                Matcher sample = SAMPLE.matcher(line);
                if (!sample.matches()) {
                    throw new IllegalArgumentException("not a sample line: " + line);
                }
                String name = sample.group(1);
                if (current == null || !name.startsWith(current.name)) {
                    current = families.computeIfAbsent(name, Family::new);
                }
                current.seriesNames.add(name);
                current.series.add(labels(sample.group(2)));
            }
        }
        return List.copyOf(families.values());
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }

    /** promlint's validations, in its order. */
    private static List<String> check(Family family) {
        List<String> problems = new ArrayList<>();
        if (!family.help) {
            problems.add("no help text");
        }
        unitProblem(family.name).ifPresent(problems::add);
        typeSuffixes(family, problems);
        reservedForSummariesAndHistograms(family, problems);
        String lower = family.name.toLowerCase(Locale.ROOT);
        for (String type : TYPES_NOT_IN_NAMES) {
            if (lower.contains("_" + type + "_") || lower.endsWith("_" + type)) {
                problems.add("metric name should not include type '" + type + "'");
            }
        }
        if (family.name.contains(":")) {
            problems.add("metric names should not contain ':'");
        }
        if (CAMEL_CASE.matcher(family.name).find()) {
            problems.add("metric names should be written in 'snake_case' not 'camelCase'");
        }
        family.series.stream()
                .flatMap(series -> series.keySet().stream())
                .filter(label -> CAMEL_CASE.matcher(label).find())
                .forEach(label -> problems.add("label names should be written in 'snake_case' not 'camelCase'"));
        for (String abbreviation : UNIT_ABBREVIATIONS) {
            if (lower.contains("_" + abbreviation + "_") || lower.endsWith("_" + abbreviation)) {
                problems.add("metric names should not contain abbreviated units");
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < family.series.size(); i++) {
            if (!seen.add(family.seriesNames.get(i) + family.series.get(i))) {
                problems.add("metric not unique");
            }
        }
        return problems;
    }

    /** {@code _total} on counters and only on them; {@code _timestamp_seconds} on gauges only. */
    private static void typeSuffixes(Family family, List<String> problems) {
        boolean counter = family.type.equals("counter");
        boolean untyped = family.type.equals("untyped");
        if (counter && !family.name.endsWith("_total")) {
            problems.add("counter metrics should have \"_total\" suffix");
        } else if (!untyped && !counter && family.name.endsWith("_total")) {
            problems.add("non-counter metrics should not have \"_total\" suffix");
        }
        if (!untyped && !family.type.equals("gauge") && family.name.endsWith("_timestamp_seconds")) {
            problems.add("non-gauge metrics should not have \"_timestamp_seconds\" suffix");
        }
    }

    private static void reservedForSummariesAndHistograms(Family family, List<String> problems) {
        if (family.type.equals("untyped")) {
            return;
        }
        boolean histogram = family.type.equals("histogram");
        boolean summary = family.type.equals("summary");
        if (!histogram && family.name.endsWith("_bucket")) {
            problems.add("non-histogram metrics should not have \"_bucket\" suffix");
        }
        for (String reserved : List.of("_count", "_sum")) {
            if (!histogram && !summary && family.name.endsWith(reserved)) {
                problems.add("non-histogram and non-summary metrics should not have \"" + reserved + "\" suffix");
            }
        }
        for (Map<String, String> series : family.series) {
            if (!histogram && series.containsKey("le")) {
                problems.add("non-histogram metrics should not have \"le\" label");
            }
            if (!summary && series.containsKey("quantile")) {
                problems.add("non-summary metrics should not have \"quantile\" label");
            }
        }
    }

    /** The first unit-like word of the name that is not a base unit, as promlint finds it. */
    private static Optional<String> unitProblem(String name) {
        for (String word : name.split("_")) {
            String base = UNITS.get(word);
            for (int i = 0; base == null && i < UNIT_PREFIXES.size(); i++) {
                if (word.startsWith(UNIT_PREFIXES.get(i))) {
                    base = UNITS.get(word.substring(UNIT_PREFIXES.get(i).length()));
                }
            }
            if (base != null) {
                return base.equals(word)
                        ? Optional.empty()
                        : Optional.of("use base unit \"" + base + "\" instead of \"" + word + "\"");
            }
        }
        return Optional.empty();
    }
}
