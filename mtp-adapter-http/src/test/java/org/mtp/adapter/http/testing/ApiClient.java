package org.mtp.adapter.http.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * An HTTP client for the API tests over real sockets (OkHttp), sending exactly the bytes a test gives and checking
 * every response against the OpenAPI document; a response that does not conform fails the test. Redirects are not
 * followed and no cookies are kept, so tests see and send both themselves.
 */
public final class ApiClient {

    private final String baseUrl;
    private final OpenApiContract contract;
    private final OkHttpClient http = new OkHttpClient.Builder()
            .followRedirects(false)
            .retryOnConnectionFailure(false)
            .callTimeout(Duration.ofSeconds(20))
            .build();

    public ApiClient(String baseUrl, OpenApiContract contract) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.contract = contract;
    }

    public Call get(String pathAndQuery) {
        return new Call("GET", pathAndQuery);
    }

    public Call post(String pathAndQuery) {
        return new Call("POST", pathAndQuery);
    }

    public Call put(String pathAndQuery) {
        return new Call("PUT", pathAndQuery);
    }

    public Call patch(String pathAndQuery) {
        return new Call("PATCH", pathAndQuery);
    }

    public Call delete(String pathAndQuery) {
        return new Call("DELETE", pathAndQuery);
    }

    public Call method(String method, String pathAndQuery) {
        return new Call(method, pathAndQuery);
    }

    /** Form-urlencodes name/value pairs in order, each value percent-encoded as UTF-8. */
    public static String form(String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One request being built. */
    public final class Call {

        private final String method;
        private final String pathAndQuery;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private String contentType;
        private boolean chunked;

        private Call(String method, String pathAndQuery) {
            this.method = method;
            this.pathAndQuery = pathAndQuery;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call accept(String accept) {
            return header("Accept", accept);
        }

        /** The body as given, under the given content type (null sends none). */
        public Call body(byte[] bytes, String type) {
            this.body = bytes.clone();
            this.contentType = type;
            return this;
        }

        public Call json(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        public Call form(String encoded) {
            return body(encoded.getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded");
        }

        /** A multipart/form-data body with text fields, as curl's {@code --form} sends. */
        public Call multipart(String... namesAndValues) {
            String boundary = "------------------------mtp0123456789";
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                out.append("--")
                        .append(boundary)
                        .append("\r\n")
                        .append("Content-Disposition: form-data; name=\"")
                        .append(namesAndValues[i])
                        .append("\"\r\n\r\n")
                        .append(namesAndValues[i + 1])
                        .append("\r\n");
            }
            out.append("--").append(boundary).append("--\r\n");
            return body(out.toString().getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary);
        }

        /** Sends the body without a Content-Length, in chunks. */
        public Call chunked() {
            this.chunked = true;
            return this;
        }

        public ApiResponse send() {
            HttpUrl url = HttpUrl.get(baseUrl + pathAndQuery);
            Request.Builder request = new Request.Builder().url(url);
            headers.forEach(request::header);
            request.method(method, body == null ? emptyBodyFor(method) : requestBody());
            try (Response response = http.newCall(request.build()).execute()) {
                Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
                for (String name : response.headers().names()) {
                    responseHeaders.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(response.headers(name)));
                }
                String text = response.body().string();
                ApiResponse answer = new ApiResponse(response.code(), responseHeaders, text);
                List<String> violations =
                        contract.violations(method, url.encodedPath(), answer.status(), responseHeaders, text);
                if (!violations.isEmpty()) {
                    throw new AssertionError("response to " + method + " " + pathAndQuery + " (" + answer.status()
                            + ") breaks the OpenAPI document: " + violations + "\nbody: " + text);
                }
                return answer;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Sends, then hands the response to {@code check}, for fluent tests. */
        public ApiResponse send(Consumer<ApiResponse> check) {
            ApiResponse response = send();
            check.accept(response);
            return response;
        }

        private RequestBody requestBody() {
            MediaType type = contentType == null ? null : MediaType.get(contentType);
            byte[] bytes = body;
            if (!chunked) {
                return RequestBody.create(bytes, type);
            }
            return new RequestBody() {
                @Override
                public MediaType contentType() {
                    return type;
                }

                @Override
                public long contentLength() {
                    return -1;
                }

                @Override
                public void writeTo(BufferedSink sink) throws IOException {
                    sink.write(bytes);
                }
            };
        }

        private RequestBody emptyBodyFor(String verb) {
            return verb.equals("GET") || verb.equals("HEAD") || verb.equals("DELETE")
                    ? null
                    : RequestBody.create(new byte[0], null);
        }
    }
}
