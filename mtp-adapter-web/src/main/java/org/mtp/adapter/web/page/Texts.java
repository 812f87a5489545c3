package org.mtp.adapter.web.page;

/** Every text the pages show, in one place (English only for now), so wording changes in one file. */
public final class Texts {

    public static final String SITE_NAME = "Map the Paths";
    public static final String SKIP_TO_CONTENT = "Skip to content";
    public static final String NAV_LABEL = "Site";
    public static final String FOOTER =
            "Map the Paths: street-level imagery sequences. Photos and their viewer are Mapillary's.";
    public static final String ACCOUNT = "Account";
    public static final String SIGN_IN = "Sign in";
    public static final String SIGN_UP = "Sign up";
    public static final String SIGN_OUT = "Sign out";
    public static final String PAGES_LABEL = "More pages";

    public static final String HOME_TITLE = "Latest sequences";
    public static final String HOME_INTRO = "Sequences of street-level photos people have published, newest first.";
    public static final String HOME_EMPTY = "No sequence has been published yet.";
    public static final String HOME_EMPTY_HOW =
            "To add one, upload your photos with the Map the Paths desktop uploader, or import a sequence of yours from"
                    + " Mapillary through the REST API (POST /api/v1/sequences/import, see the API documentation).";
    public static final String NEXT_PAGE = "Next";
    public static final String PREVIOUS_PAGE = "Previous";

    public static final String BY = "by";
    public static final String PHOTOS = "Photos";
    public static final String DISTANCE = "Distance";
    public static final String LIKES = "Likes";
    public static final String VIEWPOINTS = "Viewpoints";
    public static final String CAPTURED = "Captured";
    public static final String TRANSPORT = "Transport";
    public static final String TAGS = "Tags";
    public static final String CAMERA = "Camera";
    public static final String STATUS_DRAFT = "Draft: only you can see it.";
    public static final String MAP_LABEL = "Map of the sequence's track";
    public static final String DOWNLOADS = "Download the track";
    public static final String DOWNLOAD_GPX = "GPX";
    public static final String DOWNLOAD_GEOJSON = "GeoJSON";
    public static final String PHOTOS_HEADING = "Photos in order";
    public static final String NO_PHOTOS = "This sequence has no photos yet.";
    public static final String COMPASS = "Compass";
    public static final String ON_MAPILLARY = "View on Mapillary";
    public static final String LIKE = "Like";
    public static final String UNLIKE = "Unlike";
    public static final String MARK_VIEWPOINT = "Mark as viewpoint";
    public static final String UNMARK_VIEWPOINT = "Remove my viewpoint mark";
    public static final String SIGN_IN_TO_LIKE = "Sign in to like this sequence or mark viewpoints.";
    public static final String PHOTO_PAGES = "Photo pages";

    public static final String PROFILE_TOTALS = "Totals";
    public static final String PROFILE_RANKS = "Rank on each board";
    public static final String PROFILE_SEQUENCES = "Published sequences";
    public static final String PROFILE_NO_SEQUENCES = "No published sequence yet.";
    public static final String NOT_RANKED = "not ranked yet";
    public static final String BOARD_PHOTOS = "Photos board";
    public static final String BOARD_DISTANCE = "Distance board";
    public static final String BOARD_VIEWPOINTS = "Viewpoints board";

    public static final String ERROR_TITLE_NOT_FOUND = "Page not found";
    public static final String ERROR_NOT_FOUND = "There is no page at this address, or it is not yours to see.";
    public static final String ERROR_TITLE_FORBIDDEN = "Not allowed";
    public static final String ERROR_FORBIDDEN =
            "This form has expired or did not come from this site. Go back, reload the page and try again.";
    public static final String ERROR_TITLE_BAD_REQUEST = "Not understood";
    public static final String ERROR_TITLE_CONFLICT = "Not possible";
    public static final String ERROR_TITLE_METHOD = "Not allowed here";
    public static final String ERROR_METHOD = "This address does not take that kind of request.";
    public static final String ERROR_TITLE_UNAVAILABLE = "Unavailable for a moment";
    public static final String ERROR_UNAVAILABLE =
            "The database is unavailable at the moment. Try again in a few seconds.";
    public static final String ERROR_TITLE_INTERNAL = "Something went wrong";
    public static final String ERROR_INTERNAL = "An unexpected error occurred on our side.";
    public static final String ERROR_REFERENCE = "Reference";
    public static final String BACK_HOME = "Back to the latest sequences";

    public static final String SIGN_IN_TITLE = "Sign in";
    public static final String SIGN_IN_INTRO = "Sign in to like sequences, mark viewpoints and manage your account.";
    public static final String LOGIN_LABEL = "Username or email";
    public static final String PASSWORD_LABEL = "Password";
    public static final String SIGN_IN_BUTTON = "Sign in";
    public static final String NO_ACCOUNT = "No account yet?";
    public static final String SIGN_UP_TITLE = "Create an account";
    public static final String SIGN_UP_BUTTON = "Create the account";
    public static final String HAVE_ACCOUNT = "Already have an account?";
    public static final String USERNAME_LABEL = "Username";
    public static final String USERNAME_HELP = "Letters, digits, - and _; shown publicly.";
    public static final String EMAIL_LABEL = "Email";
    public static final String EMAIL_HELP = "Never shown to others.";
    public static final String NEW_PASSWORD_LABEL = "New password";
    public static final String CURRENT_PASSWORD_LABEL = "Current password";
    public static final String PASSWORD_HELP = "At least 8 characters.";
    public static final String ERRORS_INTRO = "Please correct the fields marked below.";
    public static final String REQUIRED = "is required";
    public static final String WRONG_CREDENTIALS = "The username, email or password is not right.";
    public static final String TAKEN = "is already taken";
    public static final String ERROR_TITLE_THROTTLED = "Too many sign-in attempts";
    public static final String PASSWORD_RESET_LATER =
            "Forgot your password? Resetting it by email is not available yet on this site.";

    public static final String ACCOUNT_TITLE = "Your account";
    public static final String SESSIONS_HEADING = "Sessions and tokens";
    public static final String SESSIONS_INTRO =
            "Browsers you signed in with and apps you allowed (like the desktop uploader). Revoke what you do not use.";
    public static final String CLIENT = "Client";
    public static final String SCOPE = "Scope";
    public static final String CREATED = "Created";
    public static final String BROWSER_SESSION = "Browser session";
    public static final String THIS_BROWSER = "(this browser)";
    public static final String REVOKE = "Revoke";
    public static final String NO_TOKENS = "No active sessions or tokens.";
    public static final String EVERYWHERE_HEADING = "Sign out everywhere";
    public static final String EVERYWHERE_SESSIONS = "Every browser session (apps keep their tokens)";
    public static final String EVERYWHERE_ALL = "Every browser session and every app token";
    public static final String EVERYWHERE_BUTTON = "Sign out everywhere";
    public static final String PASSWORD_HEADING = "Change the password";
    public static final String PASSWORD_BUTTON = "Change the password";
    public static final String PASSWORD_CHANGED =
            "Your password was changed; your other browser sessions were signed out.";
    public static final String MAPILLARY_HEADING = "Mapillary";
    public static final String MAPILLARY_CONNECTED = "Connected as";
    public static final String MAPILLARY_SINCE = "since";
    public static final String MAPILLARY_NONE =
            "No Mapillary account is connected. The desktop uploader and the REST API connect one.";
    public static final String REVOKED = "The session or token was revoked.";

    private Texts() {}

    public static String retryIn(long seconds) {
        return "Too many failed sign-ins for this account or from this address. Try again in " + seconds
                + (seconds == 1 ? " second." : " seconds.");
    }

    public static String photoCount(long count) {
        return count == 1 ? "1 photo" : count + " photos";
    }

    public static String likeCount(long count) {
        return count == 1 ? "1 like" : count + " likes";
    }

    public static String viewpointCount(long count) {
        return count == 1 ? "1 viewpoint" : count + " viewpoints";
    }

    public static String photoNumber(int number) {
        return "Photo " + number;
    }

    public static String photoThumbnail(int number) {
        return "Thumbnail of photo " + number;
    }

    public static String pageOf(int page, int pages) {
        return "Page " + page + " of " + pages;
    }

    public static String rank(int rank) {
        return "#" + rank;
    }

    public static String profileTitle(String username) {
        return username;
    }
}
