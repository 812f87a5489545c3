package org.mtp.application.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryUploadReceipt;
import org.mtp.application.port.out.mapillary.MapillaryUploadRequest;
import org.mtp.application.port.out.mapillary.MapillaryUploadedPart;
import org.mtp.application.port.out.mapillary.MapillaryUploader;

/**
 * In-memory fake of {@link MapillaryUploader}: records each request, splits it into parts of {@link #IMAGES_PER_PART}
 * images like the real adapter, and hands out cluster ids unless it is a dry run; the next upload can be made to fail
 * with a chosen exception.
 */
public final class FakeMapillaryUploader implements MapillaryUploader {

    public static final int IMAGES_PER_PART = 1000;

    private final List<MapillaryUploadRequest> requests = new ArrayList<>();
    private final Deque<MapillaryException> failures = new ArrayDeque<>();
    private int clusters;

    public synchronized void failNextWith(MapillaryException failure) {
        failures.add(failure);
    }

    public synchronized List<MapillaryUploadRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized MapillaryUploadReceipt upload(MapillaryToken token, MapillaryUploadRequest request) {
        requests.add(request);
        MapillaryException failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
        List<MapillaryUploadedPart> parts = new ArrayList<>();
        int images = request.images().size();
        for (int from = 0, n = 1; from < images; from += IMAGES_PER_PART, n++) {
            int count = Math.min(IMAGES_PER_PART, images - from);
            String cluster = request.dryRun() ? null : "fake-cluster-" + (++clusters);
            parts.add(new MapillaryUploadedPart(
                    "fake_" + requests.size() + "_" + n + ".zip", count, count * 1024L, "fake-handle-" + n, cluster));
        }
        return new MapillaryUploadReceipt(parts, request.dryRun());
    }
}
