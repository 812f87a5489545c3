package org.mtp.adapter.http.html;

/** Escaping and the page frame for the few HTML answers (authorize page, its errors); every text goes through here. */
public final class Html {

    private Html() {}

    /** Escapes text for element content and double-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The web app's stylesheet at its stable address, so these pages look like the web app's while their content
     * security policy allows styles from this site only ({@code style-src 'self'}).
     */
    public static final String STYLESHEET = "/assets/site.css";

    /** A complete page; {@code title} is escaped here, {@code body} must already be safe HTML. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\"></head><body>\n<main class=\"narrow\">\n"
                + body + "\n</main>\n</body></html>\n";
    }

    /** An error page: a heading and one escaped sentence. */
    public static String errorPage(String title, String detail) {
        return page(title, "<h1>" + escape(title) + "</h1><p class=\"error\">" + escape(detail) + "</p>");
    }
}
