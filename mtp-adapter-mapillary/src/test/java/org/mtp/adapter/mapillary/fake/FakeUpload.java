package org.mtp.adapter.mapillary.fake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;

/**
 * The fake resumable upload service. GET answers the stored offset; POST must carry {@code Offset} equal to it and
 * {@code X-Entity-Name} equal to the session key, and appends the body. When the session is complete the zip is checked
 * as Mapillary's tools would: at most 1000 JPEGs, each with a valid ImageDescription holding only {@code MAP*} keys,
 * one sequence UUID, and a {@code sequence_md5sum} zip comment.
 */
public final class FakeUpload {

    static final int MAX_IMAGES_PER_ZIP = 1000;
    private static final Pattern CAPTURE_TIME = Pattern.compile("\\d{4}_\\d{2}_\\d{2}_\\d{2}_\\d{2}_\\d{2}_\\d+");

    private final FakeMapillaryServer server;
    private Interruption interruption;

    FakeUpload(FakeMapillaryServer server) {
        this.server = server;
    }

    synchronized void interruptNext(int keepBytes, MockResponse response) {
        interruption = new Interruption(keepBytes, response);
    }

    synchronized MockResponse handle(RecordedRequest request) {
        String key = request.getUrl().encodedPath().substring("/mapillary_public_uploads/".length());
        String auth = request.getHeaders().get("Authorization");
        if (auth == null || !auth.startsWith("OAuth ")) {
            return server.reject(
                    request,
                    "upload without 'Authorization: OAuth'",
                    FakeJson.uploadError(400, "NotAuthorizedError", false, null, "fake: OAuth user token required"));
        }
        if (server.state.userOfToken(auth.substring("OAuth ".length()).strip()) == null) {
            return FakeJson.uploadError(400, "NotAuthorizedError", false, null, "Not authorized");
        }
        byte[] stored = server.state.uploadSessions.getOrDefault(key, new byte[0]);
        if (request.getMethod().equals("GET")) {
            return FakeJson.json(200, Map.of("offset", stored.length));
        }
        String offset = request.getHeaders().get("Offset");
        if (offset == null || !offset.equals(Integer.toString(stored.length))) {
            return server.reject(
                    request,
                    "Offset " + offset + " but the session holds " + stored.length,
                    FakeJson.uploadError(412, "OffsetInvalidError", true, null, "fake: offset does not match"));
        }
        if (!key.equals(request.getHeaders().get("X-Entity-Name"))) {
            return server.reject(
                    request,
                    "X-Entity-Name is not the session key",
                    FakeJson.uploadError(
                            400, "InvalidRequestError", false, null, "fake: X-Entity-Name must equal the key"));
        }
        byte[] body =
                request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        if (interruption != null) {
            Interruption cut = interruption;
            interruption = null;
            server.state.uploadSessions.put(key, concat(stored, body, Math.min(cut.keepBytes(), body.length)));
            return cut.response();
        }
        byte[] now = concat(stored, body, body.length);
        server.state.uploadSessions.put(key, now);
        String length = request.getHeaders().get("X-Entity-Length");
        if (length != null && now.length < Long.parseLong(length)) {
            return FakeJson.json(200, Map.of("offset", now.length));
        }
        String problem = checkZip(now);
        if (problem != null) {
            server.state.uploadSessions.remove(key);
            return server.reject(
                    request,
                    "invalid upload: " + problem,
                    FakeJson.uploadError(400, "InvalidImageDescriptionError", false, null, "fake: " + problem));
        }
        String handle = "synth:handle:" + key + ":" + (System.currentTimeMillis() / 1000 + 3600);
        server.state.handles.put(handle, key);
        return FakeJson.json(200, Map.of("h", handle));
    }

    /** Null when the zip is what Mapillary accepts, else what is wrong with it. */
    static String checkZip(byte[] zip) {
        String comment = zipComment(zip);
        if (comment == null || !comment.contains("\"sequence_md5sum\"")) {
            return "the zip comment must carry sequence_md5sum";
        }
        Set<String> sequenceUuids = new HashSet<>();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                if (!entry.getName().toLowerCase().endsWith(".jpg")
                        && !entry.getName().toLowerCase().endsWith(".jpeg")) {
                    return "entry " + entry.getName() + " is not a .jpg";
                }
                String problem = checkDescription(entry.getName(), in.readAllBytes(), sequenceUuids);
                if (problem != null) {
                    return problem;
                }
            }
        } catch (IOException e) {
            return "not a zip: " + e.getMessage();
        }
        if (names.isEmpty() || names.size() > MAX_IMAGES_PER_ZIP) {
            return names.size() + " images; a zip holds 1 to " + MAX_IMAGES_PER_ZIP;
        }
        if (new HashSet<>(names).size() != names.size()) {
            return "entry names repeat";
        }
        if (sequenceUuids.size() > 1) {
            return "images of several sequences " + sequenceUuids + " in one zip";
        }
        return null;
    }

    /** Validates one JPEG's ImageDescription independently of the client's own checks. */
    static String checkDescription(String name, byte[] jpeg, Set<String> sequenceUuids) {
        String text;
        try {
            ImageMetadata metadata = Imaging.getMetadata(jpeg);
            TiffField field = metadata instanceof JpegImageMetadata m
                    ? m.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION)
                    : null;
            text = field == null ? null : field.getStringValue();
        } catch (IOException | RuntimeException e) {
            return name + ": unreadable EXIF";
        }
        Map<String, Object> description = text == null ? null : FakeJson.readObject(text);
        if (description == null) {
            return name + ": no ImageDescription JSON";
        }
        for (String key : description.keySet()) {
            if (!key.startsWith("MAP")) {
                return name + ": key " + key + " is not a Mapillary key";
            }
        }
        if (!(description.get("MAPLatitude") instanceof Double lat) || lat < -90 || lat > 90) {
            return name + ": MAPLatitude missing or out of range";
        }
        if (!(description.get("MAPLongitude") instanceof Double lon) || lon < -180 || lon > 180) {
            return name + ": MAPLongitude missing or out of range";
        }
        if (!(description.get("MAPCaptureTime") instanceof String time)
                || !CAPTURE_TIME.matcher(time).matches()) {
            return name + ": MAPCaptureTime missing or not yyyy_MM_dd_HH_mm_ss_SSS";
        }
        if (description.get("MAPSequenceUUID") instanceof String uuid) {
            sequenceUuids.add(uuid);
        }
        return null;
    }

    /** The archive comment from the end-of-central-directory record. */
    public static String zipComment(byte[] zip) {
        for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65_535; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x05 && zip[i + 3] == 0x06) {
                int length = (zip[i + 20] & 0xff) | (zip[i + 21] & 0xff) << 8;
                if (i + 22 + length == zip.length) {
                    return new String(zip, i + 22, length, StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    private static byte[] concat(byte[] stored, byte[] body, int take) {
        byte[] all = new byte[stored.length + take];
        System.arraycopy(stored, 0, all, 0, stored.length);
        System.arraycopy(body, 0, all, stored.length, take);
        return all;
    }

    private record Interruption(int keepBytes, MockResponse response) {}
}
