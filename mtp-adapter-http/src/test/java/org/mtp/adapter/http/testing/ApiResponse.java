package org.mtp.adapter.http.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mtp.adapter.http.json.Json;

/** A response as the wire carried it: status, headers (names in lower case) and the body's text. */
public record ApiResponse(int status, Map<String, List<String>> headers, String body) {

    private static final Json JSON = Json.standard();

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The body as a JSON object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
        return (Map<String, Object>) JSON.parseTree(body);
    }

    /** A member of the JSON body, by a path of names and list indexes: {@code at("items", 0, "name")}. */
    public Object at(Object... path) {
        Object node = JSON.parseTree(body);
        for (Object step : path) {
            node = step instanceof Integer index ? ((List<?>) node).get(index) : ((Map<?, ?>) node).get(step);
        }
        return node;
    }

    /** A JSON object inside the body, by the same kind of path as {@link #at}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(Object... path) {
        return (Map<String, Object>) at(path);
    }

    /** A JSON array inside the body. */
    public List<?> array(Object... path) {
        return (List<?>) at(path);
    }

    /** One member of each object of the array at {@code arrayPath}: {@code column("unique_id", "items")}. */
    public List<Object> column(String member, Object... arrayPath) {
        return array(arrayPath).stream()
                .map(item -> ((Map<?, ?>) item).get(member))
                .map(Object.class::cast)
                .toList();
    }

    public String text(Object... path) {
        return (String) at(path);
    }
}
