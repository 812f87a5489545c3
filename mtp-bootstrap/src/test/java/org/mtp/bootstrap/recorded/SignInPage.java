package org.mtp.bootstrap.recorded;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in page as a browser keeps it between showing and posting it: its hidden fields, in page order, and the
 * nonce of its cookie. Read leniently: a page that changed yields empty fields, and the recording shows the change.
 */
record SignInPage(List<String> hiddenNamesAndValues, String nonce) {

    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern COOKIE = Pattern.compile("mtp_authorize=([^;]*)");

    static SignInPage of(Exchange page) {
        List<String> fields = new ArrayList<>();
        Matcher hidden = HIDDEN.matcher(page.answer().body());
        while (hidden.find()) {
            fields.add(unescape(hidden.group(1)));
            fields.add(unescape(hidden.group(2)));
        }
        Matcher cookie = COOKIE.matcher(page.header("Set-Cookie"));
        return new SignInPage(List.copyOf(fields), cookie.find() ? cookie.group(1) : Exchange.MISSING);
    }

    /** The hidden fields followed by {@code namesAndValues}, as the browser posts the form. */
    String[] with(String... namesAndValues) {
        List<String> form = new ArrayList<>(hiddenNamesAndValues);
        form.addAll(List.of(namesAndValues));
        return form.toArray(String[]::new);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
