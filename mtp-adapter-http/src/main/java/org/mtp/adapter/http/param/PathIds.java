package org.mtp.adapter.http.param;

import java.util.function.BiFunction;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.route.ApiExchange;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.SequenceId;
import org.mtp.domain.tour.TourId;

/**
 * Ids taken from the path. A malformed id names nothing that exists, so it answers 404 exactly as an unknown one does
 * (ids in bodies and queries are input instead, and a malformed one there is a 400 naming the field).
 */
public final class PathIds {

    private PathIds() {}

    public static SequenceId sequence(ApiExchange exchange, String name) {
        return parse(exchange, name, "sequence", SequenceId::parse);
    }

    public static TourId tour(ApiExchange exchange, String name) {
        return parse(exchange, name, "tour", TourId::parse);
    }

    public static ChallengeId challenge(ApiExchange exchange, String name) {
        return parse(exchange, name, "challenge", ChallengeId::parse);
    }

    public static ImageKey imageKey(ApiExchange exchange, String name) {
        return parse(exchange, name, "photo", (field, text) -> ImageKey.of(text));
    }

    private static <T> T parse(ApiExchange exchange, String name, String kind, BiFunction<String, String, T> parser) {
        String text = exchange.pathParam(name);
        try {
            return parser.apply(name, text);
        } catch (ValidationException e) {
            throw ApiException.of(404, "not_found", "no " + kind + " " + text);
        }
    }
}
