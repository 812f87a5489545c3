package org.mtp.bootstrap.recorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtp.adapter.http.testing.RunningApi;
import org.mtp.adapter.mapillary.fake.FakeMapillaryServer;
import org.mtp.application.fake.AdjustableClock;
import org.mtp.bootstrap.testing.Accounts;
import org.mtp.bootstrap.testing.RunningService;

/**
 * The guard of behaviour-preserving changes: a scripted run over every route of the API on H2 (the desktop uploader's
 * requests byte for byte among them) answers exactly as recorded in {@code recorded-exchanges}: statuses, headers but
 * {@code Date}, and bodies, with generated values as placeholders.
 */
class RecordedExchangesTest {

    private static final Pattern REQUEST = Pattern.compile("(?m)^> ([A-Z]+) ([^?\\s]*)");
    private static final Pattern STATUS = Pattern.compile("(?m)^< (\\d{3})$");

    @Test
    void everyRouteAnswersAsRecorded(@TempDir Path data) {
        List<String> problems = Recordings.check(scriptedRun(data));

        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    @Test
    void everyRouteTheAdapterRegistersHasAnAnsweredRecordedExchange() {
        Set<String> registered;
        try (RunningApi api = RunningApi.start()) {
            registered = new TreeSet<>(api.api.javalinRoutes());
        }
        Set<String> answered = new TreeSet<>();
        for (String recording : Recordings.read().values()) {
            for (String block : Recordings.blocks(recording)) {
                Matcher request = REQUEST.matcher(block);
                Matcher status = STATUS.matcher(block);
                if (request.find() && status.find() && Integer.parseInt(status.group(1)) < 400) {
                    registered.stream()
                            .filter(route -> matches(route, request.group(1), request.group(2)))
                            .forEach(answered::add);
                }
            }
        }

        Set<String> unanswered = new TreeSet<>(registered);
        unanswered.removeAll(answered);

        assertThat(registered).isNotEmpty();
        assertThat(unanswered)
                .as("routes the adapter registers without a recorded exchange answered below 400")
                .isEmpty();
    }

    /** Whether {@code "GET /api/v1/sequences/{id}"} is the route of {@code method} on {@code path}. */
    private static boolean matches(String route, String method, String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String pattern = Pattern.quote(route).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return (method + " " + trimmed).matches(pattern);
    }

    /** Each group's text of a run of the script on a fresh service, its clock and the fake Mapillary in hand. */
    private static Map<String, String> scriptedRun(Path data) {
        AdjustableClock clock = new AdjustableClock(Recorder.START);
        try (FakeMapillaryServer mapillary = new FakeMapillaryServer().start()) {
            ScriptedRun.seed(mapillary);
            try (RunningService mtp = RunningService.on(RunningService.h2Settings(data, mapillary), clock)) {
                Accounts.withUploader(mtp);
                Recorder recorder = new Recorder(mtp.service().port(), clock);
                new ScriptedRun(recorder, mapillary).run();
                Map<String, String> transcripts = new LinkedHashMap<>();
                recorder.groups()
                        .forEach((group, exchanges) -> transcripts.put(
                                group,
                                Transcript.of(
                                        group,
                                        exchanges,
                                        new VolatileValues()
                                                .address(mtp.baseUrl(), "<mtp>")
                                                .address(mapillary.root().toString(), "<mapillary>/"))));
                return transcripts;
            }
        }
    }
}
