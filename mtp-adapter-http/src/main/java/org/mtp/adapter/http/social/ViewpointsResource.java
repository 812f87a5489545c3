package org.mtp.adapter.http.social;

import org.mtp.adapter.http.param.PathIds;
import org.mtp.adapter.http.problem.ErrorTranslations;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.port.in.social.ViewpointUseCase;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;

/**
 * HTTP resource: viewpoints. {@code PUT} and {@code DELETE /api/v1/sequences/{id}/photos/{image_key}/viewpoint} mark
 * and unmark a photo, both idempotent, and answer its viewpoint count; the owner gets 403, an unknown photo 404.
 */
public final class ViewpointsResource implements ApiResource {

    static final String PATH = "/api/v1/sequences/{id}/photos/{image_key}/viewpoint";
    private final ViewpointUseCase viewpoints;

    public ViewpointsResource(ViewpointUseCase viewpoints) {
        this.viewpoints = viewpoints;
    }

    /** A photo's viewpoint count. */
    record ViewpointCountJson(long viewpointCount) {}

    @Override
    public void register(ApiRoutes routes) {
        routes.put(PATH).access(Access.WRITE).handle(this::mark);
        routes.delete(PATH).access(Access.WRITE).handle(this::unmark);
    }

    @Override
    public void registerErrors(ErrorTranslations translations) {
        translations.code("not_published", 409, "Sequence not published");
    }

    private void mark(ApiExchange exchange) {
        SequenceId sequence = PathIds.sequence(exchange, "id");
        ImageKey photo = PathIds.imageKey(exchange, "image_key");
        exchange.json(
                200, new ViewpointCountJson(viewpoints.mark(exchange.caller().userId(), sequence, photo)));
    }

    private void unmark(ApiExchange exchange) {
        SequenceId sequence = PathIds.sequence(exchange, "id");
        ImageKey photo = PathIds.imageKey(exchange, "image_key");
        exchange.json(
                200, new ViewpointCountJson(viewpoints.unmark(exchange.caller().userId(), sequence, photo)));
    }
}
