package org.mtp.adapter.http.body;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mtp.adapter.http.problem.ApiException;

/** Strict UTF-8 decoding: malformed or truncated sequences are refused (400), never replaced by U+FFFD. */
final class Utf8 {

    private Utf8() {}

    static String decode(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.malformedBody(what + " is not valid UTF-8");
        }
    }
}
