package org.mtp.adapter.mapillary.v4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written image adapter reads what the reflective one would: same values, nulls, skipped extras. */
class GraphJsonAdaptersTest {

    private final Moshi moshi = GraphJsonAdapters.install(new Moshi.Builder().build());
    private final JsonAdapter<GraphWire.Image> images = moshi.adapter(GraphWire.Image.class);

    @Test
    void readsEveryMappedField_andSkipsUnknownOnes() throws IOException {
        GraphWire.Image image = images.fromJson(
                "{\"merge_cc\": 3.0E9, \"id\": \"200000000000001\","
                        + " \"captured_at\": 1588320000000, \"compass_angle\": 90.5, \"detections\": {\"data\": [{\"id\": \"1\"}]},"
                        + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [10.0001, 50.0001, 123.4]},"
                        + " \"sequence\": \"synthSeqKey00000000001\", \"creator\": {\"id\": \"100000000000001\","
                        + " \"username\": \"synth_walker\", \"extra\": 1}, \"is_pano\": true, \"make\": \"SynthCam\", \"model\": \"S1\"}");

        assertThat(image)
                .isEqualTo(new GraphWire.Image(
                        "200000000000001",
                        1588320000000L,
                        new GraphWire.Point("Point", List.of(10.0001, 50.0001)),
                        90.5,
                        "synthSeqKey00000000001",
                        new GraphWire.Creator("100000000000001", "synth_walker"),
                        true,
                        "SynthCam",
                        "S1"));
    }

    @Test
    void absentAndNullMembersStayNull() throws IOException {
        GraphWire.Image image = images.fromJson(
                "{\"id\": \"2\", \"geometry\": null, \"creator\": null, \"compass_angle\": null, \"make\": null}");

        assertThat(image).isEqualTo(new GraphWire.Image("2", null, null, null, null, null, null, null, null));
        assertThat(images.fromJson("null")).isNull();
    }

    @Test
    void numericIdsAreReadAsText() throws IOException {
        assertThat(images.fromJson("{\"id\": 200000000000001}").id()).isEqualTo("200000000000001");
    }

    @Test
    void wrongTypesFail() {
        assertThatThrownBy(() -> images.fromJson("{\"id\": {\"x\": 1}}")).isInstanceOf(JsonDataException.class);
        assertThatThrownBy(() -> images.fromJson("{\"captured_at\": true}")).isInstanceOf(JsonDataException.class);
    }

    @Test
    void writesWhatItReads() throws IOException {
        GraphWire.Image image = new GraphWire.Image(
                "1",
                5L,
                new GraphWire.Point("Point", List.of(1.0, 2.0)),
                3.0,
                "s",
                new GraphWire.Creator("9", "u"),
                false,
                "m",
                "n");

        assertThat(images.fromJson(images.toJson(image))).isEqualTo(image);
        JsonAdapter<GraphWire.IdRef> refs = moshi.adapter(GraphWire.IdRef.class);
        assertThat(refs.fromJson(refs.toJson(new GraphWire.IdRef("7")))).isEqualTo(new GraphWire.IdRef("7"));
    }

    @Test
    void aMultiGetAnswerIsReadById_likeMoshisMapAdapter() throws IOException {
        JsonAdapter<Map<String, GraphWire.Image>> byId = new GraphJsonAdapters.ImagesByIdAdapter().nullSafe();
        GraphWire.Image one = new GraphWire.Image(
                "1",
                5L,
                new GraphWire.Point("Point", List.of(1.0, 2.0)),
                3.0,
                "s",
                new GraphWire.Creator("9", "u"),
                false,
                "m",
                "n");
        Map<String, GraphWire.Image> withNull = new LinkedHashMap<>();
        withNull.put("2", null);

        assertThat(byId.fromJson(byId.toJson(Map.of("1", one)))).isEqualTo(Map.of("1", one));
        assertThat(byId.fromJson("{\"2\": null}")).isEqualTo(withNull);
        assertThat(byId.fromJson("{}")).isEmpty();
        assertThat(byId.fromJson("null")).isNull();
        assertThatThrownBy(() -> byId.fromJson("{\"1\": {\"id\": \"1\"}, \"1\": {\"id\": \"1\"}}"))
                .isInstanceOf(JsonDataException.class)
                .hasMessageContaining("multiple values");
        assertThatThrownBy(() -> byId.fromJson("[]")).isInstanceOf(JsonDataException.class);
    }
}
