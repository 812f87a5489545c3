package org.mtp.application.model.format;

/**
 * Escaping for the XML this adapter writes (GPX). Markup characters become entities; characters XML 1.0 cannot carry at
 * all (control characters other than tab, line feed and carriage return, U+FFFE, U+FFFF, lone surrogates) become
 * U+FFFD, since the domain stores text verbatim and a description may hold them; tab and line breaks are written as
 * character references so that parsers do not normalise them away.
 */
public final class Xml {

    private Xml() {}

    /** Safe as element content and as a double- or single-quoted attribute value. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        }
        return out.toString();
    }

    /** The characters of XML 1.0 ({@code Char} production), tab and line breaks handled by the caller. */
    private static boolean allowed(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
