package org.mtp.adapter.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The web app's addresses, built in one place; every variable part is encoded. */
public final class Paths {

    public static final String HOME = "/";
    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_UP = "/sign-up";
    public static final String SIGN_OUT = "/sign-out";
    public static final String ACCOUNT = "/account";
    public static final String LEADERBOARDS = "/leaderboards";
    public static final String TOURS = "/tours";
    public static final String SEQUENCES = "/sequences";
    public static final String MAP_DATA = "/map/sequences";
    public static final String CHALLENGES = "/challenges";
    public static final String IMPORT = "/sequences/import";

    private Paths() {}

    public static String sequence(String id) {
        return "/sequences/" + encode(id);
    }

    /** The metadata form of one Mapillary sequence to import. */
    public static String importForm(String mapillaryKey) {
        return IMPORT + "/" + encode(mapillaryKey);
    }

    public static String importJob(String id) {
        return IMPORT + "/jobs/" + encode(id);
    }

    /** Starts connecting Mapillary; the callback comes back to {@code returnTo}, a path on this site. */
    public static String connectMapillary(String returnTo) {
        return IMPORT + "/connect?return_to=" + encode(returnTo);
    }

    public static String finishDraft(String id) {
        return "/sequences/drafts/" + encode(id) + "/finish";
    }

    public static String leaderboard(String slug) {
        return LEADERBOARDS + "/" + encode(slug);
    }

    public static String tour(String id) {
        return TOURS + "/" + encode(id);
    }

    public static String toursOf(String username) {
        return TOURS + "?username=" + encode(username);
    }

    public static String challenge(String id) {
        return CHALLENGES + "/" + encode(id);
    }

    public static String challengeSequences(String id) {
        return SEQUENCES + "?challenge=" + encode(id);
    }

    public static String challengeBoard(String id) {
        return challenge(id) + "/leaderboard";
    }

    public static String user(String username) {
        return "/users/" + encode(username);
    }

    public static String mapillaryPhoto(String imageKey) {
        return "https://www.mapillary.com/app/?pKey=" + encode(imageKey);
    }

    public static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
