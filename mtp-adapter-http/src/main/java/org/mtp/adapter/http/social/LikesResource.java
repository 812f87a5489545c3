package org.mtp.adapter.http.social;

import org.mtp.adapter.http.param.PathIds;
import org.mtp.adapter.http.problem.ErrorTranslations;
import org.mtp.adapter.http.route.Access;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.adapter.http.route.ApiResource;
import org.mtp.adapter.http.route.ApiRoutes;
import org.mtp.application.port.in.social.LikeUseCase;
import org.mtp.domain.like.LikeTarget;

/**
 * HTTP resource: likes. {@code PUT} and {@code DELETE /api/v1/sequences/{id}/like} and {@code /api/v1/tours/{id}/like}
 * like and unlike, both idempotent, and answer the like count afterwards; an owner liking their own item gets 403.
 */
public final class LikesResource implements ApiResource {

    private final LikeUseCase likes;

    public LikesResource(LikeUseCase likes) {
        this.likes = likes;
    }

    /** A target's like count. */
    record LikeCountJson(long likeCount) {}

    @Override
    public void register(ApiRoutes routes) {
        routes.put("/api/v1/sequences/{id}/like")
                .access(Access.WRITE)
                .handle(exchange -> like(exchange, LikeTarget.sequence(PathIds.sequence(exchange, "id"))));
        routes.delete("/api/v1/sequences/{id}/like")
                .access(Access.WRITE)
                .handle(exchange -> unlike(exchange, LikeTarget.sequence(PathIds.sequence(exchange, "id"))));
        routes.put("/api/v1/tours/{id}/like")
                .access(Access.WRITE)
                .handle(exchange -> like(exchange, LikeTarget.tour(PathIds.tour(exchange, "id"))));
        routes.delete("/api/v1/tours/{id}/like")
                .access(Access.WRITE)
                .handle(exchange -> unlike(exchange, LikeTarget.tour(PathIds.tour(exchange, "id"))));
    }

    @Override
    public void registerErrors(ErrorTranslations translations) {
        translations.code("not_published", 409, "Sequence not published");
    }

    private void like(ApiExchange exchange, LikeTarget target) {
        exchange.json(200, new LikeCountJson(likes.like(exchange.caller().userId(), target)));
    }

    private void unlike(ApiExchange exchange, LikeTarget target) {
        exchange.json(200, new LikeCountJson(likes.unlike(exchange.caller().userId(), target)));
    }
}
