package org.mtp.adapter.http.json;

/** The wire spelling of Java names: {@code createdAt} becomes {@code created_at}. */
public final class SnakeCase {

    private SnakeCase() {}

    public static String of(String camelCase) {
        StringBuilder out = new StringBuilder(camelCase.length() + 4);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
