package org.mtp.adapter.mapillary.v3;

import com.squareup.moshi.Moshi;
import java.util.List;
import okhttp3.HttpUrl;
import org.mtp.adapter.mapillary.MapillaryConfig;
import org.mtp.adapter.mapillary.http.HttpExecutor;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.model.mapillary.MapillaryToken;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.MapillarySequence;
import org.mtp.domain.sequence.MapillarySequenceKey;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.time.TimeRange;

/**
 * Mapillary adapter for the legacy v3 read API, for mirrors and archives that still serve it: {@code /v3/me},
 * {@code /v3/sequences} searched by user key and capture window (every page), and {@code /v3/sequences/{key}}. It has
 * no thumbnails: v3's image host went dark with the API, so a thumbnail is refused without a request.
 */
public final class V3Gateway implements MapillaryGateway {

    private final V3Api api;

    public V3Gateway(MapillaryConfig config, HttpExecutor http, Moshi moshi) {
        this.api = new V3Api(http, HttpUrl.get(config.v3BaseUrl()), config.appId(), config.v3PageSize(), moshi);
    }

    @Override
    public MapillaryUser verifyToken(MapillaryToken token) {
        return V3Mapper.user(api.me(token));
    }

    @Override
    public List<MapillarySequenceSummary> listSequences(MapillaryToken token, MapillaryUser user, TimeRange window) {
        return V3Mapper.summaries(api.sequences(token, user.id().value(), window), user);
    }

    @Override
    public MapillarySequence fetchSequence(MapillaryToken token, MapillarySequenceKey key) {
        return V3Mapper.sequence(key, api.sequence(token, key.value()));
    }

    @Override
    public MapillaryThumbnail fetchThumbnail(MapillaryToken token, ImageKey image) {
        throw new MapillaryException.Unsupported("v3: thumbnails are served by the Graph API (v4) only");
    }
}
