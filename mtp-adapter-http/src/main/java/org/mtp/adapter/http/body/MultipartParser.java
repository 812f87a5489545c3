package org.mtp.adapter.http.body;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Promise;
import org.mtp.adapter.http.problem.ApiException;

/**
 * Reads {@code multipart/form-data} (RFC 7578) with Jetty's parser, from bytes already read under the size limit: text
 * parts become parameters (UTF-8, strictly), parts with a file name become {@link UploadedPart}s. A body Jetty cannot
 * parse, and a part that is not form-data or has no name, is a 400.
 */
final class MultipartParser {

    private MultipartParser() {}

    static RequestBody parse(byte[] body, String boundary) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, List<UploadedPart>> files = new LinkedHashMap<>();
        try (MultiPartFormData.Parts parts = jettyParts(body, boundary)) {
            for (MultiPart.Part part : parts) {
                add(part, fields, files);
            }
        }
        return new RequestBody(Params.ofStrings(fields), files);
    }

    private static MultiPartFormData.Parts jettyParts(byte[] body, String boundary) {
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxParts(FormDecoder.MAX_FIELDS);
        // The body is in memory already, under the size limit: no part needs a temporary file.
        parser.setMaxMemoryFileSize(-1);
        CompletableFuture<MultiPartFormData.Parts> parsed = new CompletableFuture<>();
        parser.parse(Content.Source.from(ByteBuffer.wrap(body)), Promise.Invocable.toPromise(parsed));
        try {
            return parsed.join();
        } catch (CompletionException e) {
            throw malformed(whatIsWrong(e.getCause()));
        }
    }

    private static void add(
            MultiPart.Part part, Map<String, List<String>> fields, Map<String, List<UploadedPart>> files) {
        // Jetty reads a name from any disposition; RFC 7578 4.2 wants form-data.
        String disposition = part.getHeaders().get(HttpHeader.CONTENT_DISPOSITION);
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw malformed("has a part that is not form-data");
        }
        String field = part.getName();
        if (field == null) {
            throw malformed("has a part without a name");
        }
        byte[] content = content(part);
        if (part.getFileName() != null) {
            String contentType = part.getHeaders().get(HttpHeader.CONTENT_TYPE);
            files.computeIfAbsent(field, key -> new ArrayList<>())
                    .add(new UploadedPart(
                            field,
                            part.getFileName(),
                            contentType == null ? "application/octet-stream" : contentType,
                            content));
        } else {
            // Not Part.getContentAsString: it follows a charset the part names and replaces bytes that are not valid.
            fields.computeIfAbsent(field, key -> new ArrayList<>()).add(Utf8.decode(content, "field '" + field + "'"));
        }
    }

    private static byte[] content(MultiPart.Part part) {
        try {
            return BufferUtil.toArray(Content.Source.asByteBuffer(part.createContentSource()));
        } catch (IOException e) {
            throw new UncheckedIOException("a part held in memory could not be read", e);
        }
    }

    private static String whatIsWrong(Throwable failure) {
        if (failure instanceof EOFException) {
            return "ends before its closing boundary";
        }
        String reason = failure instanceof HttpException http ? http.getReason() : failure.getMessage();
        return "is malformed: " + reason;
    }

    private static ApiException malformed(String what) {
        return ApiException.malformedBody("the multipart body " + what);
    }
}
