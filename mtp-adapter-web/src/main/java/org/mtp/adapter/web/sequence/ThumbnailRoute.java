package org.mtp.adapter.web.sequence;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import org.mtp.adapter.web.page.PageWriter;
import org.mtp.adapter.web.session.Viewer;
import org.mtp.application.model.mapillary.MapillaryThumbnail;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.application.port.in.sequence.GetPhotoThumbnailUseCase;
import org.mtp.application.port.in.sequence.PhotoThumbnail;
import org.mtp.application.port.out.mapillary.MapillaryException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Image route {@code /sequences/{id}/photos/{imageKey}/thumbnail}: a photo's thumbnail, relayed from Mapillary and kept
 * in a bounded cache, for photos of sequences the viewer may see only. Browsers and proxies may keep it a day; failures
 * are short plain answers (an {@code img} shows no page): 400 a malformed id or key, 404 unknown, 503 Mapillary busy or
 * down, 502 answering oddly.
 */
public final class ThumbnailRoute {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailRoute.class);
    static final String CACHE_CONTROL = "public, max-age=" + Duration.ofDays(1).toSeconds();

    private final PageWriter pages;
    private final GetPhotoThumbnailUseCase thumbnails;
    private final ThumbnailCache cache;

    public ThumbnailRoute(PageWriter pages, GetPhotoThumbnailUseCase thumbnails, long cacheBytes) {
        this.pages = pages;
        this.thumbnails = thumbnails;
        this.cache = new ThumbnailCache(cacheBytes);
    }

    public void register(RoutesConfig routes) {
        routes.get("/sequences/{id}/photos/{imageKey}/thumbnail", this::show);
    }

    private void show(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        try {
            SequenceId id = SequenceId.parse("id", ctx.pathParam("id"));
            ImageKey key = ImageKey.of(ctx.pathParam("imageKey"));
            PhotoThumbnail photo =
                    thumbnails.find(pages.viewer(ctx).map(Viewer::id).orElse(null), id, key);
            MapillaryThumbnail thumbnail = cache.get(key).orElseGet(() -> {
                MapillaryThumbnail fetched = photo.fetch();
                cache.put(key, fetched);
                return fetched;
            });
            ctx.header("Cache-Control", CACHE_CONTROL);
            ctx.status(200).contentType(thumbnail.contentType()).result(thumbnail.bytes());
        } catch (ValidationException e) {
            plain(ctx, 400, e.getMessage());
        } catch (NotFoundException e) {
            plain(ctx, 404, "Not found");
        } catch (MapillaryException e) {
            answer(ctx, e);
        }
    }

    private static void answer(Context ctx, MapillaryException failure) {
        if (failure instanceof MapillaryException.NotFound) {
            plain(ctx, 404, "Not found");
            return;
        }
        LOG.warn("thumbnail from Mapillary failed ({}): {}", failure.code(), failure.getMessage());
        if (failure instanceof MapillaryException.RateLimited limited) {
            ctx.header(
                    "Retry-After",
                    Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
            plain(ctx, 503, "Mapillary is busy");
        } else if (failure instanceof MapillaryException.Unavailable
                || failure instanceof MapillaryException.Timeout
                || failure instanceof MapillaryException.Unsupported) {
            plain(ctx, 503, "Mapillary is unavailable");
        } else {
            plain(ctx, 502, "Mapillary answered unexpectedly");
        }
    }

    private static void plain(Context ctx, int status, String text) {
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/plain; charset=utf-8").result(text);
    }
}
