package org.mtp.adapter.http.body;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mtp.adapter.http.problem.ApiException;

/**
 * Parses {@code multipart/form-data} (RFC 7578) from bytes already read under the size limit: text parts become
 * parameters (UTF-8, strictly), parts with a file name become {@link UploadedPart}s. Any structural error is a 400.
 */
final class MultipartParser {

  private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  private MultipartParser() {}

  static RequestBody parse(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    byte[] partDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    int position = indexOf(body, delimiter, 0);
    if (position < 0) {
      throw malformed("has no opening boundary");
    }
    position += delimiter.length;
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Map<String, List<UploadedPart>> files = new LinkedHashMap<>();
    int parts = 0;
    while (true) {
      if (startsWith(body, position, new byte[] {'-', '-'})) {
        return new RequestBody(Params.ofStrings(fields), Map.copyOf(files));
      }
      if (!startsWith(body, position, CRLF)) {
        throw malformed("has a boundary not followed by a line break");
      }
      if (++parts > FormDecoder.MAX_FIELDS) {
        throw malformed("has too many parts");
      }
      int headersStart = position + CRLF.length;
      int headersEnd = indexOf(body, HEADER_END, headersStart);
      if (headersEnd < 0) {
        throw malformed("has a part without a header end");
      }
      int contentStart = headersEnd + HEADER_END.length;
      int contentEnd = indexOf(body, partDelimiter, contentStart);
      if (contentEnd < 0) {
        throw malformed("has a part without a closing boundary");
      }
      Map<String, String> headers = headers(new String(body, headersStart, headersEnd - headersStart,
          StandardCharsets.UTF_8));
      byte[] content = Arrays.copyOfRange(body, contentStart, contentEnd);
      add(headers, content, fields, files);
      position = contentEnd + partDelimiter.length;
    }
  }

  private static void add(Map<String, String> headers, byte[] content, Map<String, List<String>> fields,
      Map<String, List<UploadedPart>> files) {
    String disposition = headers.getOrDefault("content-disposition", "");
    if (!disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw malformed("has a part that is not form-data");
    }
    Matcher name = NAME.matcher(disposition.substring("form-data".length()));
    if (!name.find()) {
      throw malformed("has a part without a name");
    }
    String field = unquote(name.group(1));
    Matcher fileName = FILE_NAME.matcher(disposition);
    if (fileName.find()) {
      files.computeIfAbsent(field, key -> new ArrayList<>()).add(new UploadedPart(field, unquote(fileName.group(1)),
          headers.getOrDefault("content-type", "application/octet-stream"), content));
    } else {
      fields.computeIfAbsent(field, key -> new ArrayList<>()).add(Utf8.decode(content, "field '" + field + "'"));
    }
  }

  private static Map<String, String> headers(String block) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : block.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed("has a malformed part header");
      }
      headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
    }
    return headers;
  }

  private static String unquote(String quoted) {
    return quoted.replaceAll("\\\\(.)", "$1");
  }

  private static boolean startsWith(byte[] body, int at, byte[] prefix) {
    if (at + prefix.length > body.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (body[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] wanted, int from) {
    for (int i = from; i <= body.length - wanted.length; i++) {
      if (startsWith(body, i, wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static ApiException malformed(String what) {
    return ApiException.malformedBody("the multipart body " + what);
  }
}
