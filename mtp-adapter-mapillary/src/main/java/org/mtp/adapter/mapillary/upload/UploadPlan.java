package org.mtp.adapter.mapillary.upload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a sequence's images are cut into zips: ordered by capture time (ties keep the caller's order), then split every
 * {@code maxImagesPerPart} images, the point at which Mapillary's own uploader starts a new sequence. Each part of a
 * split sequence gets its own sequence UUID, derived from the original.
 */
final class UploadPlan {

    private UploadPlan() {}

    /** One zip's worth of images and the sequence UUID to write into them (null: keep what they carry). */
    record Part(int index, List<ImageDescription> images, String sequenceUuid) {}

    static List<Part> of(List<ImageDescription> images, int maxImagesPerPart) {
        List<ImageDescription> ordered = new ArrayList<>(images);
        ordered.sort(Comparator.comparing(ImageDescription::capturedAt));
        int partCount = (ordered.size() + maxImagesPerPart - 1) / maxImagesPerPart;
        List<Part> parts = new ArrayList<>(partCount);
        for (int i = 0; i < partCount; i++) {
            List<ImageDescription> slice =
                    ordered.subList(i * maxImagesPerPart, Math.min(ordered.size(), (i + 1) * maxImagesPerPart));
            String uuid = null;
            if (partCount > 1) {
                String base = slice.get(0).sequenceUuid();
                uuid = (base != null ? base : "mtp") + "_" + (i + 1);
            }
            parts.add(new Part(i, List.copyOf(slice), uuid));
        }
        return parts;
    }
}
