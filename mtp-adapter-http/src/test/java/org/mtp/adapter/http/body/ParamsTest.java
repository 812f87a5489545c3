package org.mtp.adapter.http.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mtp.adapter.http.problem.ApiException;

class ParamsTest {

    private static Params json(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Params.ofJsonObject(object);
    }

    private static String codeOf(Runnable read) {
        try {
            read.run();
            return "none";
        } catch (ApiException e) {
            return e.code() + " " + e.errors().keySet();
        }
    }

    @Test
    void formValuesAreStringsAndTypedReadsParseThem() {
        Params form =
                Params.ofStrings(Map.of("limit", List.of("5"), "pano", List.of("true"), "tag", List.of("a", "b")));

        assertThat(form.integer("limit")).contains(5);
        assertThat(form.bool("pano")).contains(true);
        assertThat(form.strings("tag")).containsExactly("a", "b");
        assertThat(form.string("missing")).isEmpty();
    }

    @Test
    void jsonValuesKeepTheirTypesAndAWrongTypeNamesTheField() {
        Params body = json(
                "name", "x", "count", 3.0, "pano", false, "strava", 12345.0, "tags", List.of("a", "b"), "gone", null);

        assertThat(body.integer("count")).contains(3);
        assertThat(body.bool("pano")).contains(false);
        assertThat(body.strings("tags")).containsExactly("a", "b");
        assertThat(body.isNull("gone")).isTrue();
        assertThat(body.string("gone")).isEmpty();
        assertThat(codeOf(() -> body.string("strava"))).isEqualTo("validation_failed [strava]");
        assertThat(codeOf(() -> body.integer("name"))).isEqualTo("validation_failed [name]");
        assertThat(codeOf(() -> json("n", 1.5).integer("n"))).isEqualTo("validation_failed [n]");
        assertThat(codeOf(() -> body.bool("name"))).isEqualTo("validation_failed [name]");
        assertThat(codeOf(() -> json("t", List.of(1.0)).strings("t"))).isEqualTo("validation_failed [t]");
    }

    @Test
    void aNameGivenTwiceFailsOnlyWhenReadAsSingleValued() {
        Params merged = Params.ofStrings(Map.of("client_id", List.of("a"))).and(json("client_id", "a", "x", "y"));

        assertThat(merged.strings("client_id")).containsExactly("a", "a");
        assertThat(codeOf(() -> merged.string("client_id"))).isEqualTo("duplicate_parameter [client_id]");
        assertThat(merged.string("x")).contains("y");
        assertThat(codeOf(() -> merged.requiredString("nothing"))).isEqualTo("validation_failed [nothing]");
    }
}
