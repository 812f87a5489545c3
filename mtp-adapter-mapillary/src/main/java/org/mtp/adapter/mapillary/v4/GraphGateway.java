package org.mtp.adapter.mapillary.v4;

import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.FetchProgress;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.time.TimeRange;

/**
 * Mapillary adapter for the Graph API v4: the token check reads {@code /me}; a user's sequences come from the image
 * search grouped by sequence (there is no sequence listing); one sequence is its {@code /image_ids} followed by
 * multi-gets of {@code batchSize} ids, so an import costs {@code 1 + 1 + ceil(N / batchSize)} requests. Up to
 * {@code imageBatchesInFlight} multi-gets travel at once, each parsed as soon as it arrives; the photos are assembled
 * in the order of the ids. A thumbnail is two requests: the image entity's signed {@code thumb_256_url}, then its
 * bytes.
 */
public final class GraphGateway implements MapillaryGateway {

    private final GraphApi api;
    private final GraphImageSearch search;
    private final int batchSize;
    private final int batchesInFlight;

    public GraphGateway(MapillaryConfig config, HttpExecutor http, Moshi moshi) {
        this.api = new GraphApi(http, HttpUrl.get(config.graphBaseUrl()), moshi);
        this.search = new GraphImageSearch(api, config.searchLimit());
        this.batchSize = config.batchSize();
        this.batchesInFlight = config.imageBatchesInFlight();
    }

    @Override
    public MapillaryUser verifyToken(MapillaryToken token) {
        return GraphMapper.user(api.me(token));
    }

    @Override
    public List<MapillarySequenceSummary> listSequences(MapillaryToken token, MapillaryUser user, TimeRange window) {
        return GraphMapper.summaries(search.imagesOf(token, user.username(), window), user, window);
    }

    @Override
    public MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key) {
        return fetchSequence(token, key, FetchProgress.NONE);
    }

    /** Reports each batch of photos as it arrives (batches run concurrently, so counts are summed atomically). */
    @Override
    public MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key, FetchProgress progress) {
        List<ImageKey> ids = new ArrayList<>(new LinkedHashSet<>(api.imageIds(token, key)));
        if (ids.isEmpty()) {
            throw new MapillaryException.NotFound(
                    "v4 /image_ids: sequence " + key + " has no images or does not exist");
        }
        List<List<ImageKey>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += batchSize) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + batchSize)));
        }
        int total = ids.size();
        progress.photosFetched(0, total);
        AtomicInteger fetched = new AtomicInteger();
        return SequenceAssembler.build(key, api.images(token, batches, batchesInFlight, (batch, found) -> {
            var photos = SequenceAssembler.batch(key, batch, found);
            progress.photosFetched(fetched.addAndGet(batch.size()), total);
            return photos;
        }));
    }

    @Override
    public MapillaryThumbnail fetchThumbnail(MapillaryToken token, ImageKey image) {
        // The signed URL expires: asked afresh for every fetch, never kept.
        return api.thumbnail(api.thumbnailUrl(token, image));
    }
}
