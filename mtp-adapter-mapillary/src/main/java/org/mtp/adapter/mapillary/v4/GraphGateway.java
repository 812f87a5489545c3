package org.mtp.adapter.mapillary.v4;

import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.adapter.mapillary.http.Response;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.mapillary.MapillarySequenceSummary;
import org.mtp.application.port.out.mapillary.MapillaryToken;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.time.TimeRange;

/**
 * Mapillary adapter for the Graph API v4: the token check reads {@code /me}; a user's sequences come from the image
 * search grouped by sequence (there is no sequence listing); one sequence is its {@code /image_ids} followed by
 * multi-gets of {@code batchSize} ids, so an import costs {@code 1 + 1 + ceil(N / batchSize)} requests. The
 * multi-gets are pipelined one deep: batch {@code k + 1} is requested when batch {@code k} has arrived, and parsed
 * while {@code k + 1} travels.
 */
public final class GraphGateway implements MapillaryGateway {

  private final GraphApi api;
  private final GraphImageSearch search;
  private final int batchSize;

  public GraphGateway(MapillaryConfig config, HttpExecutor http, Moshi moshi) {
    this.api = new GraphApi(http, HttpUrl.get(config.graphBaseUrl()), moshi);
    this.search = new GraphImageSearch(api, config.searchLimit());
    this.batchSize = config.batchSize();
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
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(api.imageIds(token, key.value())));
    if (ids.isEmpty()) {
      throw new MapillaryException.NotFound("v4 /image_ids: sequence " + key + " has no images or does not exist");
    }
    List<List<String>> batches = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += batchSize) {
      batches.add(ids.subList(from, Math.min(ids.size(), from + batchSize)));
    }
    SequenceAssembler sequence = new SequenceAssembler(key);
    // One request in flight at a time, as before, but the next batch travels while this one is parsed.
    CompletableFuture<Response> next = api.imagesAsync(token, batches.get(0));
    try {
      for (int i = 0; i < batches.size(); i++) {
        Response current = HttpExecutor.await(next);
        next = i + 1 < batches.size() ? api.imagesAsync(token, batches.get(i + 1)) : null;
        Map<String, GraphWire.Image> found = api.images(current);
        for (String id : batches.get(i)) {
          GraphWire.Image image = found.get(id);
          if (image == null) {
            throw new MapillaryException.MalformedResponse("v4 multi-get: the answer lacks image " + id, null);
          }
          sequence.add(image);
        }
      }
    } finally {
      if (next != null) {
        next.cancel(false);
      }
    }
    return sequence.build();
  }
}
