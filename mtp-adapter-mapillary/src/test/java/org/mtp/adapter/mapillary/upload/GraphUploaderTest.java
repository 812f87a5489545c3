package org.mtp.adapter.mapillary.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import mockwebserver3.RecordedRequest;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mtp.adapter.mapillary.fake.FakeJson;
import org.mtp.adapter.mapillary.fake.FakeMapillaryTestBase;
import org.mtp.adapter.mapillary.fake.FakeUpload;
import org.mtp.adapter.mapillary.fake.Synth;
import org.mtp.adapter.mapillary.fake.TestJpegs;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryProjection;
import org.mtp.application.port.out.mapillary.MapillaryUploadReceipt;
import org.mtp.application.port.out.mapillary.MapillaryUploadRequest;
import org.mtp.application.port.out.mapillary.MapillaryUploadedPart;
import org.mtp.application.port.out.mapillary.MapillaryUploader;
import org.mtp.domain.transport.TransportType;

/** Uploading imagery: validation before any byte leaves, zip packing, resumable transfer, finish and dry run. */
class GraphUploaderTest extends FakeMapillaryTestBase {

    private static final String UPLOADS = "/mapillary_public_uploads/";

    @TempDir
    Path dir;

    private MapillaryUploader uploader() {
        return clients().uploader();
    }

    /** {@code count} valid JPEGs one second apart, returned newest first so the uploader must sort them. */
    private List<Path> images(int count) {
        List<Path> files = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            files.add(TestJpegs.write(
                    dir, "img-" + i + ".jpg", FakeJson.write(TestJpegs.description(Synth.T0.plusSeconds(i), i)), i));
        }
        return files;
    }

    private static MapillaryUploadRequest publish(List<Path> images) {
        return MapillaryUploadRequest.publish(images, TransportType.WALK, MapillaryProjection.FLAT);
    }

    @Test
    void packsOneZipInCaptureOrder_uploadsIt_andPublishesIt() throws IOException {
        MapillaryUploadReceipt receipt = uploader().upload(Synth.WALKER_TOKEN, publish(images(3)));

        MapillaryUploadedPart part = receipt.parts().get(0);
        assertThat(receipt.parts()).hasSize(1);
        assertThat(receipt.dryRun()).isFalse();
        assertThat(part.imageCount()).isEqualTo(3);
        assertThat(part.cluster()).isPresent();
        assertThat(part.sessionKey()).matches("mtp_[0-9a-f]{32}\\.zip");
        assertThat(fake.finishedHandles()).containsExactly(part.fileHandle());

        List<RecordedRequest> requests = fake.requests();
        assertThat(requests)
                .extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
                .containsExactly(
                        "GET " + UPLOADS + part.sessionKey(),
                        "POST " + UPLOADS + part.sessionKey(),
                        "POST /finish_upload");
        RecordedRequest post = requests.get(1);
        assertThat(post.getHeaders().get("Offset")).isEqualTo("0");
        assertThat(post.getHeaders().get("X-Entity-Name")).isEqualTo(part.sessionKey());
        assertThat(post.getHeaders().get("X-Entity-Length")).isEqualTo(Long.toString(part.bytes()));
        assertThat(post.getHeaders().get("Authorization")).isEqualTo("OAuth " + Synth.WALKER_TOKEN.reveal());
        assertThat(FakeJson.readObject(requests.get(2).getBody().utf8()))
                .containsEntry("file_handle", part.fileHandle())
                .containsEntry("file_type", "zip");

        byte[] zip = fake.uploadSession(part.sessionKey());
        assertThat(zip).hasSize((int) part.bytes());
        List<Map<String, Object>> descriptions = descriptions(zip);
        assertThat(descriptions)
                .extracting(d -> d.get("MAPCaptureTime"))
                .containsExactly("2020_05_01_08_00_00_000", "2020_05_01_08_00_01_000", "2020_05_01_08_00_02_000");
        assertThat(descriptions).allSatisfy(d -> assertThat(d.keySet()).allMatch(k -> k.startsWith("MAP")));
        assertThat(descriptions.get(0)).containsEntry("MAPOrientation", 1.0).containsKey("MAPCompassHeading");
        assertThat(descriptionTexts(zip).get(0))
                .containsPattern("\"MAPOrientation\":1[,}]")
                .doesNotContain("MTP");
        assertThat(FakeUpload.zipComment(zip))
                .isEqualTo("{\"sequence_md5sum\":\"" + part.sessionKey().substring(4, 36) + "\"}");
    }

    @Test
    void aDryRun_doesEverythingButFinishUpload() {
        MapillaryUploadReceipt receipt = uploader()
                .upload(
                        Synth.WALKER_TOKEN,
                        MapillaryUploadRequest.dryRun(
                                images(2), TransportType.BICYCLE, MapillaryProjection.EQUIRECTANGULAR));

        assertThat(receipt.dryRun()).isTrue();
        assertThat(receipt.parts())
                .singleElement()
                .satisfies(p -> assertThat(p.cluster()).isEmpty());
        assertThat(fake.requests("/finish_upload")).isEmpty();
        assertThat(fake.finishedHandles()).isEmpty();
        assertThat(fake.uploadSession(receipt.parts().get(0).sessionKey())).isNotNull();
    }

    @Test
    void aSequenceAboveThePerSequenceLimit_isSplitIntoSeveralZips() throws IOException {
        MapillaryUploadReceipt receipt =
                clients(config().withMaxImagesPerUpload(2)).uploader().upload(Synth.WALKER_TOKEN, publish(images(5)));

        assertThat(receipt.parts())
                .extracting(MapillaryUploadedPart::imageCount)
                .containsExactly(2, 2, 1);
        assertThat(receipt.imageCount()).isEqualTo(5);
        assertThat(fake.finishedHandles()).hasSize(3);
        List<Object> uuids = new ArrayList<>();
        for (MapillaryUploadedPart part : receipt.parts()) {
            uuids.add(descriptions(fake.uploadSession(part.sessionKey())).get(0).get("MAPSequenceUUID"));
        }
        assertThat(uuids).containsExactly("synth-seq-0001_1", "synth-seq-0001_2", "synth-seq-0001_3");
    }

    @Test
    void anUploadCutOffMidway_isResumedFromTheOffsetTheServiceHolds() {
        fake.interruptNextUpload(100, FakeJson.json(500, Map.of()));

        MapillaryUploadedPart part = uploader()
                .upload(Synth.WALKER_TOKEN, publish(images(3)))
                .parts()
                .get(0);

        List<RecordedRequest> posts = posts(part);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).getHeaders().get("Offset")).isEqualTo("100");
        assertThat(posts.get(1).getBodySize()).isEqualTo(part.bytes() - 100);
        assertThat(fake.requests(UPLOADS).stream().filter(r -> r.getMethod().equals("GET")))
                .hasSize(2);
        assertThat(sleeper.sleeps()).hasSize(1);
        assertThat(fake.finishedHandles()).hasSize(1);
    }

    @Test
    void an412OffsetInvalid_rereadsTheOffset_andResumesAtOnce() {
        fake.interruptNextUpload(60, FakeJson.uploadError(412, "OffsetInvalidError", true, null, "offset moved"));

        MapillaryUploadedPart part = uploader()
                .upload(Synth.WALKER_TOKEN, publish(images(2)))
                .parts()
                .get(0);

        assertThat(posts(part)).extracting(r -> r.getHeaders().get("Offset")).containsExactly("0", "60");
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void aCrashedRun_isResumedByTheNextRun_underTheSameContentDerivedSessionKey() {
        List<Path> images = images(3);
        MapillaryUploadedPart first = uploader()
                .upload(
                        Synth.WALKER_TOKEN,
                        MapillaryUploadRequest.dryRun(images, TransportType.WALK, MapillaryProjection.FLAT))
                .parts()
                .get(0);
        byte[] complete = fake.uploadSession(first.sessionKey());
        fake.preloadUploadSession(first.sessionKey(), Arrays.copyOf(complete, complete.length / 2));

        MapillaryUploadedPart second =
                uploader().upload(Synth.WALKER_TOKEN, publish(images)).parts().get(0);

        assertThat(second.sessionKey()).isEqualTo(first.sessionKey());
        RecordedRequest resumed = posts(second).get(1);
        assertThat(resumed.getHeaders().get("Offset")).isEqualTo(Integer.toString(complete.length / 2));
        assertThat(resumed.getBodySize()).isEqualTo(complete.length - complete.length / 2);
        assertThat(fake.uploadSession(second.sessionKey())).isEqualTo(complete);
        assertThat(second.cluster()).isPresent();
    }

    @Test
    void aRateLimitedUpload_waitsTheBackoffTheServiceAsksFor() {
        fake.script(UPLOADS, FakeJson.uploadError(429, "RequestRateLimitedError", false, 1500L, "slow down"));

        uploader().upload(Synth.WALKER_TOKEN, publish(images(1)));

        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void aRevokedToken_isInvalidToken_andNothingIsPublished() {
        fake.revoke(Synth.WALKER_TOKEN);

        assertThatThrownBy(() -> uploader().upload(Synth.WALKER_TOKEN, publish(images(1))))
                .isInstanceOf(MapillaryException.InvalidToken.class)
                .hasMessageContaining("NotAuthorizedError");
        assertThat(fake.requests("/finish_upload")).isEmpty();
    }

    @Test
    void finishUploadIsNeverRepeated() {
        fake.script("/finish_upload", FakeJson.json(503, Map.of()));

        assertThatThrownBy(() -> uploader().upload(Synth.WALKER_TOKEN, publish(images(1))))
                .isInstanceOf(MapillaryException.Unavailable.class);
        assertThat(fake.requests("/finish_upload")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidImages")
    void anInvalidImage_isRejectedNamingTheField_beforeAnyRequest(
            String label, Function<Path, Path> invalid, String field) {
        List<Path> files = new ArrayList<>(images(2));
        files.add(invalid.apply(dir));

        assertThatThrownBy(() -> uploader().upload(Synth.WALKER_TOKEN, publish(files)))
                .isInstanceOfSatisfying(
                        MapillaryException.UploadRejected.class,
                        e -> assertThat(e.field()).isEqualTo(field));
        assertThat(fake.requestCount()).isZero();
    }

    static Stream<Arguments> invalidImages() {
        return Stream.of(
                invalid(
                        "no ImageDescription",
                        d -> TestJpegs.write(d, "bad.jpg", (String) null, 0),
                        "image_description"),
                invalid(
                        "description is not JSON",
                        d -> TestJpegs.write(d, "bad.jpg", "walk in the park", 0),
                        "image_description"),
                invalid("latitude missing", d -> described(d, m -> m.remove("MAPLatitude")), "MAPLatitude"),
                invalid("latitude above 90", d -> described(d, m -> m.put("MAPLatitude", 90.5)), "MAPLatitude"),
                invalid("latitude as text", d -> described(d, m -> m.put("MAPLatitude", "50.0")), "MAPLatitude"),
                invalid("longitude below -180", d -> described(d, m -> m.put("MAPLongitude", -180.5)), "MAPLongitude"),
                invalid("longitude missing", d -> described(d, m -> m.remove("MAPLongitude")), "MAPLongitude"),
                invalid("capture time missing", d -> described(d, m -> m.remove("MAPCaptureTime")), "MAPCaptureTime"),
                invalid(
                        "capture time as ISO",
                        d -> described(d, m -> m.put("MAPCaptureTime", "2020-05-01T08:00:00Z")),
                        "MAPCaptureTime"),
                invalid(
                        "capture time month 13",
                        d -> described(d, m -> m.put("MAPCaptureTime", "2020_13_01_08_00_00_000")),
                        "MAPCaptureTime"),
                invalid(
                        "heading half given",
                        d -> described(d, m -> m.put("MAPCompassHeading", Map.of("TrueHeading", 9.0))),
                        "MAPCompassHeading"),
                invalid(
                        "sequence uuid with spaces",
                        d -> described(d, m -> m.put("MAPSequenceUUID", "a b")),
                        "MAPSequenceUUID"),
                invalid(
                        "not a .jpg name",
                        d -> TestJpegs.write(d, "bad.png", TestJpegs.description(Synth.T0, 0)),
                        "images"),
                invalid("not JPEG bytes", d -> write(d, "bad.jpg", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), "images"),
                invalid("missing file", d -> d.resolve("gone.jpg"), "images"));
    }

    @Test
    void theAirFamilyCannotEvenBeRequested() {
        assertThatThrownBy(
                        () -> MapillaryUploadRequest.publish(images(1), TransportType.DRONE, MapillaryProjection.FLAT))
                .isInstanceOfSatisfying(
                        MapillaryException.UploadRejected.class,
                        e -> assertThat(e.field()).isEqualTo("transport_type"));
        assertThat(fake.requestCount()).isZero();
    }

    private List<RecordedRequest> posts(MapillaryUploadedPart part) {
        return fake.requests(UPLOADS + part.sessionKey()).stream()
                .filter(r -> r.getMethod().equals("POST"))
                .toList();
    }

    private static Arguments invalid(String label, Function<Path, Path> maker, String field) {
        return Arguments.of(label, maker, field);
    }

    private static Path described(Path dir, Consumer<Map<String, Object>> change) {
        Map<String, Object> description = new LinkedHashMap<>(TestJpegs.description(Synth.T0.plusSeconds(9), 9));
        change.accept(description);
        return TestJpegs.write(dir, "bad.jpg", description);
    }

    private static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> descriptions(byte[] zip) throws IOException {
        return descriptionTexts(zip).stream().map(FakeJson::readObject).toList();
    }

    private static List<String> descriptionTexts(byte[] zip) throws IOException {
        List<String> descriptions = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            int index = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getName()).isEqualTo(index++ + ".jpg");
                JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(in.readAllBytes());
                descriptions.add(metadata.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION)
                        .getStringValue());
            }
        }
        return descriptions;
    }
}
