package org.mtp.adapter.http.route;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.mtp.adapter.http.body.BodyReader;
import org.mtp.adapter.http.body.FormDecoder;
import org.mtp.adapter.http.body.Params;
import org.mtp.adapter.http.body.RequestBody;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.list.CursorCodec;
import org.mtp.adapter.http.negotiation.AcceptHeader;
import org.mtp.adapter.http.negotiation.MediaType;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.adapter.http.problem.ErrorResponder;

/**
 * Runs the conventions in front of every route's handler, in this order: error style, strict query and body reading
 * (UTF-8, size, duplicates on read), client identification and access, content negotiation (406), then the handler.
 */
final class ConventionHandler implements Handler {

    private final RouteSpec spec;
    private final ApiHandler handler;
    private final BodyReader bodyReader;
    private final ClientIdentification identification;
    private final Json json;
    private final CursorCodec cursors;

    ConventionHandler(
            RouteSpec spec,
            ApiHandler handler,
            BodyReader bodyReader,
            ClientIdentification identification,
            Json json,
            CursorCodec cursors) {
        this.spec = spec;
        this.handler = handler;
        this.bodyReader = bodyReader;
        this.identification = identification;
        this.json = json;
        this.cursors = cursors;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        ctx.attribute(ErrorResponder.STYLE_ATTRIBUTE, spec.errorStyle());
        Params query = Params.ofStrings(FormDecoder.decode(ctx.queryString(), "the query string"));
        RequestBody body = bodyReader.read(ctx);
        RequestIdentity identity = identification.identify(spec.access(), ctx, query.and(body.params()));
        MediaType representation = AcceptHeader.parse(ctx.header("Accept"))
                .choose(spec.produces())
                .orElseThrow(() -> ApiException.of(
                        406,
                        "not_acceptable",
                        "this resource is available as "
                                + spec.produces().stream()
                                        .map(MediaType::toString)
                                        .toList()));
        handler.handle(new ApiExchange(ctx, query, body, identity, representation, json, cursors));
    }
}
