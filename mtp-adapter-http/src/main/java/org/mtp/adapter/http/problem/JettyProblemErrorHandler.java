package org.mtp.adapter.http.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.mtp.adapter.http.json.Json;
import org.mtp.adapter.http.system.RequestIds;

/**
 * Jetty's own refusals (a request URI with bad percent-encoding, an illegal path) as problem+json instead of Jetty's
 * HTML page, so even a request Javalin never sees gets the API's error shape, a request id and no server details.
 */
public final class JettyProblemErrorHandler extends ErrorHandler {

    private final ErrorResponder responder;
    private final Json json;

    public JettyProblemErrorHandler(ErrorResponder responder, Json json) {
        this.responder = responder;
        this.json = json;
    }

    /** Every method gets the problem body: Jetty by default writes none for PUT, PATCH and DELETE refusals. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        String title = ProblemCatalog.titleForStatus(code);
        String detail = code >= 500 || message == null || message.isBlank() ? title : message;
        String machineCode = code >= 500 ? "internal_error" : "bad_request";
        Problem problem = responder.problemOf(ApiException.of(code, machineCode, detail));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        // Jetty refuses such a request before it hands over the headers, so the client's id is not known here
        response.getHeaders().put(RequestIds.HEADER, RequestIds.generated());
        response.write(true, ByteBuffer.wrap(json.write(problem).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
