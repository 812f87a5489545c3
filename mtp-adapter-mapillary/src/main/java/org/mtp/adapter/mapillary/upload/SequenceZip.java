package org.mtp.adapter.mapillary.upload;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.mtp.application.port.out.mapillary.MapillaryException;

/**
 * Packs one part as the upload service's {@code zip} file type: entries {@code 0.jpg}, {@code 1.jpg}, ... in capture
 * order, each JPEG's ImageDescription reduced to {@code MAP*} keys (rewritten losslessly only when something changes),
 * and the zip comment {@code {"sequence_md5sum": "<md5>"}}. Entries are STORED (JPEGs do not deflate) with a fixed
 * timestamp, so the same images always give the same bytes and the same session key.
 */
final class SequenceZip {

    private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final JsonAdapter<Map<String, Object>> json;

    SequenceZip(Moshi moshi) {
        this.json = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
    }

    PackedZip pack(UploadPlan.Part part) {
        Path file = null;
        try {
            file = Files.createTempFile("mtp-mapillary-", ".zip");
            MessageDigest sequence = md5();
            try (OutputStream out = Files.newOutputStream(file);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setMethod(ZipOutputStream.STORED);
                int index = 0;
                for (ImageDescription image : part.images()) {
                    byte[] jpeg = forUpload(image, part.sequenceUuid());
                    sequence.update(HexFormat.of().formatHex(md5().digest(jpeg)).getBytes(StandardCharsets.US_ASCII));
                    zip.putNextEntry(storedEntry(index++ + ".jpg", jpeg));
                    zip.write(jpeg);
                    zip.closeEntry();
                }
                String md5 = HexFormat.of().formatHex(sequence.digest());
                zip.setComment("{\"sequence_md5sum\":\"" + md5 + "\"}");
                zip.finish();
                return new PackedZip(file, Files.size(file), part.images().size(), md5);
            }
        } catch (IOException e) {
            deleteQuietly(file);
            throw new MapillaryException.UploadRejected(
                    "images",
                    "cannot pack the images: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** The JPEG bytes to ship: unchanged when the description already is what Mapillary should see. */
    private byte[] forUpload(ImageDescription image, String sequenceUuid) throws IOException {
        byte[] original = Files.readAllBytes(image.file());
        boolean uuidChanges = sequenceUuid != null && !sequenceUuid.equals(image.sequenceUuid());
        if (!image.hasForeignKeys() && !uuidChanges) {
            return original;
        }
        String description = json.toJson(wholeNumbersAsIntegers(image.forUpload(sequenceUuid)));
        TiffOutputSet exif = exifOf(original);
        exif.removeField(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, description);
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream(original.length + 1024);
        new ExifRewriter().updateExifMetadataLossless(original, rewritten, exif);
        return rewritten.toByteArray();
    }

    private static TiffOutputSet exifOf(byte[] jpeg) throws IOException {
        if (Imaging.getMetadata(jpeg) instanceof JpegImageMetadata metadata && metadata.getExif() != null) {
            return metadata.getExif().getOutputSet();
        }
        return new TiffOutputSet();
    }

    /**
     * Moshi reads every JSON number as a double; write 1.0 back as 1 so integer keys (MAPOrientation) stay integers.
     */
    private static Map<String, Object> wholeNumbersAsIntegers(Map<String, Object> description) {
        Map<String, Object> copy = new LinkedHashMap<>();
        description.forEach((k, v) -> copy.put(k, integral(v)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object integral(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, integral(v)));
            return copy;
        }
        return value;
    }

    private static ZipEntry storedEntry(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(FIXED_ENTRY_TIME);
        return entry;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships MD5", e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless; the upload's outcome matters more.
            }
        }
    }
}
