package org.mtp.adapter.http.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mtp.adapter.http.system.OpenApiResource;

/**
 * The API's OpenAPI document as a test oracle: validates real responses against it and lists its operations.
 *
 * <p>The document is OpenAPI 3.1. swagger-request-validator 2.44.1 validates with a draft-04 JSON Schema engine and,
 * given a 3.1 document, silently ignores {@code type: [T, "null"]} and {@code additionalProperties}; so this oracle
 * validates against the same document down-converted to 3.0.3, where those rules are enforced. The down-conversion only
 * has to turn {@code [T, "null"]} into {@code T} with {@code nullable: true}, because the document uses no other
 * 3.1-only construct ({@link #threeOneOnlyKeywords()} lets a test keep it so).
 */
public final class OpenApiContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> THREE_ONE_ONLY = Set.of(
            "const",
            "examples",
            "prefixItems",
            "$defs",
            "unevaluatedProperties",
            "unevaluatedItems",
            "dependentSchemas",
            "dependentRequired",
            "contentEncoding",
            "contentMediaType",
            "if",
            "then",
            "else",
            "webhooks",
            "jsonSchemaDialect",
            "$schema",
            "$id");

    private final JsonNode document;
    private final OpenApiInteractionValidator validator;
    private final SchemaValidator schemaValidator;
    private final OpenAPI downConverted;

    private OpenApiContract(String documentText) {
        try {
            this.document = MAPPER.readTree(documentText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String threeZero = downConvert(document.deepCopy()).toString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(threeZero);
        if (parsed.getOpenAPI() == null || !parsed.getMessages().isEmpty()) {
            throw new IllegalStateException("the OpenAPI document does not parse: " + parsed.getMessages());
        }
        this.downConverted = parsed.getOpenAPI();
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(threeZero)
                .build();
        this.schemaValidator = new SchemaValidator(downConverted, new MessageResolver());
    }

    /** The document this module serves. */
    public static OpenApiContract ofServedDocument() {
        return new OpenApiContract(OpenApiResource.load());
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation of the document as {@code "GET /path/{param}"}. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(key -> {
                    if (HTTP_METHODS.contains(key)) {
                        operations.add(key.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }

    /**
     * The validation errors of a response to {@code method path}; empty when it conforms. A response to a route the
     * document does not have (404, 405) must still be a valid problem body.
     */
    public List<String> violations(
            String method, String path, int status, Map<String, List<String>> headers, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> response.withHeader(name, values));
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        boolean unknownOperation = report.getMessages().stream()
                .anyMatch(message -> message.getKey().equals("validation.request.path.missing")
                        || message.getKey().equals("validation.request.operation.notAllowed"));
        if (unknownOperation) {
            return problemViolations(headers, body);
        }
        return messages(report);
    }

    private List<String> problemViolations(Map<String, List<String>> headers, String body) {
        String contentType = headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse("");
        List<String> violations = new ArrayList<>();
        if (!contentType.startsWith("application/problem+json")) {
            violations.add("an unknown route must answer application/problem+json, not '" + contentType + "'");
        }
        violations.addAll(messages(schemaValidator.validate(
                body == null ? "" : body,
                downConverted.getComponents().getSchemas().get("Problem"),
                "response.body")));
        return violations;
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }

    /** Keywords of JSON Schema 2020-12 / OpenAPI 3.1 the document must not use, with where they occur. */
    public List<String> threeOneOnlyKeywords() {
        List<String> found = new ArrayList<>();
        scan(document, "", found);
        return found;
    }

    private static void scan(JsonNode node, String at, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String where = at + "/" + field.getKey();
                if (THREE_ONE_ONLY.contains(field.getKey()) && !at.endsWith("/properties")) {
                    found.add(where);
                }
                if (field.getKey().equals("type") && field.getValue().isArray() && !isNullablePair(field.getValue())) {
                    found.add(where + " (only [T, \"null\"] is down-converted)");
                }
                scan(field.getValue(), where, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), at + "/" + i, found);
            }
        }
    }

    private static boolean isNullablePair(JsonNode types) {
        return types.size() == 2
                && types.get(1).asText().equals("null")
                && !types.get(0).asText().equals("null");
    }

    private static JsonNode downConvert(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.path("openapi").isTextual()) {
                object.put("openapi", "3.0.3");
            }
            JsonNode type = object.get("type");
            if (type != null && type.isArray() && isNullablePair(type)) {
                object.put("type", type.get(0).asText());
                object.put("nullable", true);
            }
            Iterator<JsonNode> children = object.elements();
            while (children.hasNext()) {
                downConvert(children.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiContract::downConvert);
        }
        return node;
    }
}
