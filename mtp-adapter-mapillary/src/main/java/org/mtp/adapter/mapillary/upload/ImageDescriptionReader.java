package org.mtp.adapter.mapillary.upload;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.mtp.application.port.out.mapillary.MapillaryException.UploadRejected;

/**
 * Reads and checks a JPEG's EXIF ImageDescription (tag 0x010E) as Mapillary's uploader defines it: a JSON object with
 * {@code MAPLatitude} (−90..90), {@code MAPLongitude} (−180..180) and {@code MAPCaptureTime} in UTC as
 * {@code yyyy_MM_dd_HH_mm_ss_SSS}; {@code MAPCompassHeading}, when present, needs both headings. Every failure is an
 * {@link UploadRejected} naming the offending key and the file, raised before anything is sent.
 */
final class ImageDescriptionReader {

    /** Per image, what Mapillary's web uploader accepts. */
    static final long MAX_IMAGE_BYTES = 50L * 1024 * 1024;

    private static final Pattern CAPTURE_TIME =
            Pattern.compile("(\\d{4})_(\\d{2})_(\\d{2})_(\\d{2})_(\\d{2})_(\\d{2})_(\\d+)");
    private static final Pattern SEQUENCE_UUID = Pattern.compile("[A-Za-z0-9_-]+");

    private final JsonAdapter<Map<String, Object>> json;

    ImageDescriptionReader(Moshi moshi) {
        this.json = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    }

    ImageDescription read(Path file) {
        checkFile(file);
        String text = descriptionText(file);
        Map<String, Object> description;
        try {
            description = json.fromJson(text);
        } catch (IOException | RuntimeException e) {
            throw rejected("image_description", file, "is not a JSON object");
        }
        if (description == null) {
            throw rejected("image_description", file, "is not a JSON object");
        }
        double lat = number(description, "MAPLatitude", file, -90.0, 90.0);
        double lon = number(description, "MAPLongitude", file, -180.0, 180.0);
        Instant capturedAt = captureTime(description.get("MAPCaptureTime"), file);
        checkHeading(description.get("MAPCompassHeading"), file);
        Object uuid = description.get(ImageDescription.SEQUENCE_UUID);
        if (uuid != null
                && !(uuid instanceof String s && SEQUENCE_UUID.matcher(s).matches())) {
            throw rejected(ImageDescription.SEQUENCE_UUID, file, "must be letters, digits, '_' or '-'");
        }
        return new ImageDescription(file, lat, lon, capturedAt, description);
    }

    /** Parses Mapillary's capture time; the digits after the seconds are a decimal fraction (normally milliseconds). */
    static Instant parseCaptureTime(String text) {
        Matcher m = CAPTURE_TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            String fraction = (m.group(7) + "000000000").substring(0, 9);
            return LocalDateTime.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)),
                            Integer.parseInt(m.group(6)),
                            Integer.parseInt(fraction))
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void checkFile(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            throw rejected("images", file, "must be a .jpg or .jpeg file");
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw rejected("images", file, "does not exist or is not a file");
            }
            long size = Files.size(file);
            if (size > MAX_IMAGE_BYTES) {
                throw rejected("images", file, "is larger than " + MAX_IMAGE_BYTES + " bytes");
            }
            byte[] magic = new byte[2];
            try (var in = Files.newInputStream(file)) {
                if (in.read(magic) != 2 || (magic[0] & 0xff) != 0xff || (magic[1] & 0xff) != 0xd8) {
                    throw rejected("images", file, "is not a JPEG");
                }
            }
        } catch (IOException e) {
            throw rejected("images", file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String descriptionText(Path file) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(file.toFile());
            if (metadata instanceof JpegImageMetadata jpeg) {
                TiffField field = jpeg.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION);
                if (field != null) {
                    String text = field.getStringValue();
                    if (text != null && !text.isBlank()) {
                        return text.strip();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw rejected(
                    "image_description",
                    file,
                    "EXIF cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        throw rejected("image_description", file, "has no EXIF ImageDescription");
    }

    private static double number(Map<String, Object> description, String key, Path file, double min, double max) {
        Object value = description.get(key);
        if (!(value instanceof Number n)) {
            throw rejected(key, file, value == null ? "is required" : "must be a number");
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || d < min || d > max) {
            throw rejected(key, file, "must be between " + min + " and " + max + ", was " + d);
        }
        return d;
    }

    private static Instant captureTime(Object value, Path file) {
        if (value == null) {
            throw rejected("MAPCaptureTime", file, "is required");
        }
        Instant parsed = value instanceof String s ? parseCaptureTime(s) : null;
        if (parsed == null) {
            throw rejected("MAPCaptureTime", file, "must be a UTC time as yyyy_MM_dd_HH_mm_ss_SSS, was " + value);
        }
        return parsed;
    }

    private static void checkHeading(Object value, Path file) {
        if (value == null) {
            return;
        }
        if (!(value instanceof Map<?, ?> heading)
                || !(heading.get("TrueHeading") instanceof Number)
                || !(heading.get("MagneticHeading") instanceof Number)) {
            throw rejected("MAPCompassHeading", file, "must hold numeric TrueHeading and MagneticHeading");
        }
    }

    private static UploadRejected rejected(String field, Path file, String message) {
        return new UploadRejected(field, file.getFileName() + ": " + field + " " + message);
    }
}
