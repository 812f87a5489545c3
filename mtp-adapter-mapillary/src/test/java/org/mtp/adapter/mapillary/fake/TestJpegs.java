package org.mtp.adapter.mapillary.fake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Writes small JPEGs for upload tests: javax.imageio draws the pixels, Commons Imaging writes the EXIF. */
public final class TestJpegs {

    public static final DateTimeFormatter CAPTURE_TIME =
            DateTimeFormatter.ofPattern("yyyy_MM_dd_HH_mm_ss_SSS").withZone(ZoneOffset.UTC);

    private TestJpegs() {}

    /** A valid description for a photo at {@code at}, with mtp's own keys that must be stripped before upload. */
    public static Map<String, Object> description(Instant at, int step) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("MAPLatitude", 50.0 + step * 1e-4);
        d.put("MAPLongitude", 10.0 + step * 1e-4);
        d.put("MAPCaptureTime", CAPTURE_TIME.format(at));
        d.put("MAPAltitude", 123.456);
        d.put("MAPCompassHeading", Map.of("TrueHeading", 90.0, "MagneticHeading", 90.0));
        d.put("MAPSequenceUUID", "synth-seq-0001");
        d.put("MAPDeviceMake", "SynthCam");
        d.put("MAPDeviceModel", "S1");
        d.put("MAPOrientation", 1);
        d.put("MTPSequenceName", "Morning walk");
        d.put("MTPTransportType", "Earth-Walk");
        return d;
    }

    public static Path write(Path dir, String name, Map<String, Object> description) {
        return write(dir, name, description == null ? null : FakeJson.write(description), 0);
    }

    /** A JPEG whose ImageDescription is {@code descriptionText} verbatim (none when null). */
    public static Path write(Path dir, String name, String descriptionText, int shade) {
        try {
            BufferedImage pixels = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 16; x++) {
                pixels.setRGB(x, x % 8, 0x102030 + shade * 0x010101 + x);
            }
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(pixels, "jpg", jpeg);
            byte[] bytes = jpeg.toByteArray();
            if (descriptionText != null) {
                TiffOutputSet exif = new TiffOutputSet();
                exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, descriptionText);
                ByteArrayOutputStream withExif = new ByteArrayOutputStream();
                new ExifRewriter().updateExifMetadataLossless(bytes, withExif, exif);
                bytes = withExif.toByteArray();
            }
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
