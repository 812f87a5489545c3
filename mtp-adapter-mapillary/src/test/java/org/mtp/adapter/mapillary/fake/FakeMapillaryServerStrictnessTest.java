package org.mtp.adapter.mapillary.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fake refuses what Mapillary would refuse, so that a client test passing against it means something. Each test
 * sends the faulty request by hand (the real client cannot be made to send it) and checks the refusal.
 */
class FakeMapillaryServerStrictnessTest {

    private static final MediaType OCTETS = MediaType.get("application/octet-stream");
    private final OkHttpClient http = new OkHttpClient();

    @TempDir
    Path dir;

    private FakeMapillaryServer fake;

    @BeforeEach
    void start() {
        fake = new FakeMapillaryServer().start();
        fake.addUser(Synth.WALKER, Synth.WALKER_TOKEN);
        fake.addSequence(Synth.sequence("synthSeqKey00000000001", Synth.WALKER, Synth.T0, 60, 1000, 200000000000001L));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer MLYsynthUserToken0001", "MLYsynthUserToken0001"})
    void aGraphCallWithoutOAuthAuthorization_isRefused(String authorization) throws IOException {
        Request.Builder request = new Request.Builder()
                .url(url("me").addQueryParameter("fields", "id,username").build());
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }

        try (Response response = http.newCall(request.build()).execute()) {
            assertThat(response.code()).isEqualTo(401);
            assertThat(response.body().string()).contains("\"code\":190").contains("Authorization: OAuth");
        }
        assertThat(fake.rejections()).singleElement().asString().contains("without 'Authorization: OAuth");
    }

    @Test
    void aSearchWithoutFields_isRefused() throws IOException {
        HttpUrl search = url("images")
                .addQueryParameter("creator_username", "synth_walker")
                .build();

        try (Response response = call(search)) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(response.body().string()).contains("\"code\":100").contains("fields");
        }
        assertThat(fake.rejections()).singleElement().asString().contains("without 'fields'");
    }

    @Test
    void aSearchLimitAboveTheCap_isRefused() throws IOException {
        fake.searchCap(5);
        HttpUrl search = url("images")
                .addQueryParameter("creator_username", "synth_walker")
                .addQueryParameter("fields", "id")
                .addQueryParameter("limit", "6")
                .build();

        try (Response response = call(search)) {
            assertThat(response.code()).isEqualTo(400);
        }
        assertThat(fake.rejections()).singleElement().asString().contains("limit 6 above 5");
    }

    @Test
    void aMultiGetAboveFiftyIds_isRefused_andFiftyAreServed() throws IOException {
        String fifty = ids(50);
        String fiftyOne = ids(51);

        try (Response ok = call(url("").addQueryParameter("ids", fifty)
                .addQueryParameter("fields", "id,sequence")
                .build())) {
            assertThat(ok.code()).isEqualTo(200);
        }
        try (Response refused = call(url("").addQueryParameter("ids", fiftyOne)
                .addQueryParameter("fields", "id,sequence")
                .build())) {
            assertThat(refused.code()).isEqualTo(400);
            assertThat(refused.body().string()).contains("at most 50 ids");
        }
        assertThat(fake.rejections()).singleElement().asString().contains("51 ids");
    }

    @Test
    void anUploadAtTheWrongOffset_isRefusedWith412() throws IOException {
        Request post = upload("mtp_session.zip", "7", new byte[] {1, 2, 3});

        try (Response response = http.newCall(post).execute()) {
            assertThat(response.code()).isEqualTo(412);
            assertThat(response.body().string()).contains("OffsetInvalidError");
        }
        assertThat(fake.rejections()).singleElement().asString().contains("Offset 7 but the session holds 0");
        assertThat(fake.uploadSession("mtp_session.zip")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"MAPLatitude\":50.0,\"MAPLongitude\":10.0,\"MAPCaptureTime\":\"2020_05_01_08_00_00_000\",\"MTPName\":\"x\"}",
                "{\"MAPLatitude\":95.0,\"MAPLongitude\":10.0,\"MAPCaptureTime\":\"2020_05_01_08_00_00_000\"}",
                "{\"MAPLatitude\":50.0,\"MAPCaptureTime\":\"2020_05_01_08_00_00_000\"}",
                "{\"MAPLatitude\":50.0,\"MAPLongitude\":10.0,\"MAPCaptureTime\":\"2020-05-01T08:00:00Z\"}",
                "not json"
            })
    void anUploadWithAnInvalidImageDescription_isRefused(String description) throws IOException {
        byte[] zip = zipOf(description);
        Request post = upload("mtp_bad.zip", "0", zip);

        try (Response response = http.newCall(post).execute()) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(response.body().string()).contains("InvalidImageDescriptionError");
        }
        assertThat(fake.rejections()).singleElement().asString().contains("invalid upload");
    }

    @Test
    void aValidUpload_getsAHandle() throws IOException {
        byte[] zip =
                zipOf("{\"MAPLatitude\":50.0,\"MAPLongitude\":10.0,\"MAPCaptureTime\":\"2020_05_01_08_00_00_000\"}");

        try (Response response = http.newCall(upload("mtp_good.zip", "0", zip)).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("\"h\"");
        }
        assertThat(fake.rejections()).isEmpty();
    }

    @Test
    void aV3CallWithoutClientId_isRefused() throws IOException {
        try (Response response = http.newCall(new Request.Builder()
                        .url(url("v3/me").build())
                        .header("Authorization", "Bearer " + Synth.WALKER_TOKEN.reveal())
                        .build())
                .execute()) {
            assertThat(response.code()).isEqualTo(400);
            assertThat(response.body().string()).contains("\"message\"");
        }
        assertThat(fake.rejections()).singleElement().asString().contains("without client_id");
    }

    private Response call(HttpUrl url) throws IOException {
        return http.newCall(new Request.Builder()
                        .url(url)
                        .header("Authorization", "OAuth " + Synth.WALKER_TOKEN.reveal())
                        .build())
                .execute();
    }

    private Request upload(String key, String offset, byte[] body) {
        return new Request.Builder()
                .url(url("mapillary_public_uploads/" + key).build())
                .header("Authorization", "OAuth " + Synth.WALKER_TOKEN.reveal())
                .header("Offset", offset)
                .header("X-Entity-Name", key)
                .post(RequestBody.create(body, OCTETS))
                .build();
    }

    private HttpUrl.Builder url(String path) {
        return HttpUrl.get(fake.root()).newBuilder().addPathSegments(path);
    }

    private static String ids(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Long.toString(200000000000001L + i))
                .collect(Collectors.joining(","));
    }

    private byte[] zipOf(String description) throws IOException {
        byte[] jpeg = Files.readAllBytes(TestJpegs.write(dir, "0.jpg", description, 0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("0.jpg"));
            zip.write(jpeg);
            zip.closeEntry();
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("sequence_md5sum", "0123456789abcdef0123456789abcdef");
            zip.setComment(FakeJson.write(comment));
        }
        return bytes.toByteArray();
    }
}
