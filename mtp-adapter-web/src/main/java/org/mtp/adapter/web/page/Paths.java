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
    public static final String DRAFTS = "/sequences/drafts";
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

    public static String editSequence(String id) {
        return sequence(id) + "/edit";
    }

    public static String deleteSequence(String id) {
        return sequence(id) + "/delete";
    }

    public static String finishDraft(String id) {
        return DRAFTS + "/" + encode(id) + "/finish";
    }

    public static String leaderboard(String slug) {
        return LEADERBOARDS + "/" + encode(slug);
    }

    public static String tour(String id) {
        return TOURS + "/" + encode(id);
    }

    public static final String NEW_TOUR = "/tours/new";

    public static String tourEdit(String id) {
        return tour(id) + "/edit";
    }

    public static String tourDelete(String id) {
        return tour(id) + "/delete";
    }

    /**
     * The tour page after the owner changed its list ({@code done}: added, moved, moved-up, moved-down, removed), at
     * the anchor of the row that changed, or of the list when the row is gone. A move by button has no anchor: the page
     * gives its button the focus instead (autofocus), which a fragment in the address would cancel.
     */
    public static String tourAfter(String tourId, String done, String sequenceId) {
        String page = tour(tourId) + "?done=" + encode(done) + "&sequence=" + encode(sequenceId);
        if (done.startsWith("moved-")) {
            return page;
        }
        return page + "#" + ("removed".equals(done) ? "tour-order" : "sequence-" + encode(sequenceId));
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

    public static final String CHALLENGE_NEW = CHALLENGES + "/new";

    public static String challengeEdit(String id) {
        return challenge(id) + "/edit";
    }

    public static String challengeDelete(String id) {
        return challenge(id) + "/delete";
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
