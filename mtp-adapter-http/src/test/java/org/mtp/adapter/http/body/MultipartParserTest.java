package org.mtp.adapter.http.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.problem.ApiException;

class MultipartParserTest {

    private static final String BOUNDARY = "------------------------d74496d66958873e";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCurlsFormAsTheSeedSendsIt() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nMorning ride\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\nforest,coast\r\n"
                + "--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nline one\r\nline two\r\n"
                + "--" + BOUNDARY + "--\r\n";

        Params params = MultipartParser.parse(bytes(body), BOUNDARY).params();

        assertThat(params.string("name")).contains("Morning ride");
        assertThat(params.string("tag")).contains("forest,coast");
        assertThat(params.string("description")).contains("line one\r\nline two");
    }

    @Test
    void keepsFilePartsApartFromFields() {
        String body = "preamble\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photo\"; "
                + "filename=\"a \\\"b\\\".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u00ff\u00d8\r\n--" + BOUNDARY
                + "--";

        RequestBody parsed = MultipartParser.parse(body.getBytes(StandardCharsets.ISO_8859_1), BOUNDARY);

        assertThat(parsed.params().isEmpty()).isTrue();
        UploadedPart photo = parsed.files().get("photo").get(0);
        assertThat(photo.fileName()).isEqualTo("a \"b\".jpg");
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.content()).containsExactly((byte) 0xff, (byte) 0xd8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no boundary at all",
                "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
                "--B\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--B--",
                "--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--",
                "--Bjunk",
                "--B\r\nno header end",
                "--B\r\nbroken header\r\n\r\nx\r\n--B--"
            })
    void structuralErrorsAreRefused(String body) {
        assertThatThrownBy(() -> MultipartParser.parse(bytes(body), "B"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("malformed_body"));
    }

    @Test
    void repeatedNamesAreKeptInOrder_andAThousandPartsAreTheMost() {
        String part = "--B\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\nx\r\n";
        String tags = "--B\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\na\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\nb\r\n--B--";

        assertThat(MultipartParser.parse(bytes(tags), "B").params().strings("tag"))
                .containsExactly("a", "b");
        assertThat(MultipartParser.parse(bytes(part.repeat(FormDecoder.MAX_FIELDS) + "--B--"), "B")
                        .params()
                        .strings("tag"))
                .hasSize(FormDecoder.MAX_FIELDS);
        assertThatThrownBy(() -> MultipartParser.parse(bytes(part.repeat(FormDecoder.MAX_FIELDS + 1) + "--B--"), "B"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("malformed_body"));
    }

    @Test
    void aTextPartThatIsNotUtf8IsRefused() {
        byte[] body = ("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\u00e9\r\n--B--")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> MultipartParser.parse(body, "B")).isInstanceOf(ApiException.class);
    }
}
