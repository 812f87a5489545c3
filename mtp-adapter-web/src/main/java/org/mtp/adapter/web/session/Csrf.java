package org.mtp.adapter.web.session;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Form tokens against cross-site request forgery, carried by every POST form (never by a GET form or URL). A signed-in
 * person's token is an HMAC of their session cookie; before sign-in (the sign-in and sign-up forms) it is an HMAC of a
 * random cookie {@code mtp_form} set with the form, a signed double submit. Another site can read neither cookie, so it
 * cannot compute the token; a token stops working when its session ends.
 */
public final class Csrf {

    public static final String FIELD = "csrf";
    public static final String FORM_COOKIE = "mtp_form";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final boolean secureCookies;
    private final SecureRandom random = new SecureRandom();

    public Csrf(byte[] signingKey, boolean secureCookies) {
        this.key = new SecretKeySpec(
                hmac(new SecretKeySpec(signingKey, "HmacSHA256"), "mtp web form tokens"), "HmacSHA256");
        this.secureCookies = secureCookies;
    }

    /** The token the forms of this response carry, setting the pre-session cookie when there is none yet. */
    public String token(Context ctx) {
        String session = Sessions.cookie(ctx);
        if (session != null && !session.isEmpty()) {
            return sign("session:" + session);
        }
        String form = ctx.attribute(FORM_COOKIE);
        if (form == null) {
            form = ctx.cookie(FORM_COOKIE);
        }
        if (form == null || form.isEmpty()) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            form = BASE64.encodeToString(bytes);
            ctx.cookie(new Cookie(FORM_COOKIE, form, "/", -1, secureCookies, true, null, SameSite.LAX));
        }
        ctx.attribute(FORM_COOKIE, form);
        return sign("form:" + form);
    }

    /** Whether a POST carries the token its cookies call for. */
    public boolean accepts(Context ctx) {
        String sent = ctx.formParam(FIELD);
        if (sent == null) {
            return false;
        }
        String session = Sessions.cookie(ctx);
        String form = ctx.cookie(FORM_COOKIE);
        return (session != null && !session.isEmpty() && same(sent, sign("session:" + session)))
                || (form != null && !form.isEmpty() && same(sent, sign("form:" + form)));
    }

    private String sign(String text) {
        return BASE64.encodeToString(hmac(key, text));
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
