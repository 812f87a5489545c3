package org.mtp.adapter.web.page;

import org.mtp.domain.challenge.ChallengeMetric;
import org.mtp.domain.challenge.ChallengeStatus;
import org.mtp.domain.leaderboard.LeaderboardMetric;

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
    public static final String HOME_MAP_LABEL = "Map of published sequences; the list beside it follows its view";
    public static final String HOME_IN_VIEW = "The latest sequences in this area:";
    public static final String HOME_WHOLE_WORLD = "Show the whole world";
    public static final String HOME_AREA_EMPTY = "No published sequence in this area.";
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

    public static final String MANAGE_LABEL = "Manage this sequence";
    public static final String EDIT = "Edit";
    public static final String DELETE = "Delete";
    public static final String EDIT_INTRO = "Change what others read about this sequence; its photos stay as they are.";
    public static final String SEQUENCE_NAME_LABEL = "Name";
    public static final String SEQUENCE_NAME_HELP = "1 to 100 characters.";
    public static final String DESCRIPTION_LABEL = "Description";
    public static final String DESCRIPTION_HELP = "Optional; at most 10,000 characters.";
    public static final String TRANSPORT_REQUIRED_CHOICE = "Choose a transport type";
    public static final String EDIT_TAGS_HELP = "Comma-separated, at most 20; suggestions come from existing tags.";
    public static final String SAVE_CHANGES = "Save the changes";
    public static final String CANCEL = "Cancel";
    public static final String DELETE_WARNING =
            "This deletes the sequence with its likes, viewpoint marks and places in tours, and takes it off the"
                    + " leaderboards. It cannot be undone; the photos stay on Mapillary.";
    public static final String DELETE_DRAFT_WARNING =
            "This deletes the draft the desktop uploader created. It cannot be undone; nothing on Mapillary changes.";
    public static final String DELETE_CONFIRM = "Delete it";
    public static final String SEQUENCE_DELETED = "The sequence was deleted.";
    public static final String DRAFTS = "Drafts";
    public static final String DRAFTS_TITLE = "Your drafts";
    public static final String DRAFTS_INTRO =
            "Sequences the desktop uploader created that have no Mapillary sequence yet. Only you can see them.";
    public static final String DRAFTS_EMPTY = "You have no drafts.";
    public static final String DRAFT_DELETED = "The draft was deleted.";
    public static final String DRAFT_NAME = "Name";
    public static final String DRAFT_CREATED = "Created (UTC)";
    public static final String DRAFT_MISSING = "Missing";
    public static final String MISSING_PHOTOS = "its Mapillary sequence (the photos)";
    public static final String MISSING_DESCRIPTION = "a description";
    public static final String MISSING_TAGS = "tags";
    public static final String FINISH = "Finish";
    public static final String ACCOUNT_DRAFTS = "Drafts from the desktop uploader wait on your drafts page:";

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
    public static final String ERROR_NOT_OWNER = "Only its owner may change or delete this.";
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
    public static final String MAPILLARY_DISCONNECT = "Disconnect Mapillary";
    public static final String MAPILLARY_DISCONNECT_HELP =
            "Disconnecting deletes the Mapillary token stored for you; importing asks you to connect again.";
    public static final String MAPILLARY_DISCONNECTED = "Your Mapillary account was disconnected.";
    public static final String REVOKED = "The session or token was revoked.";

    // Import from Mapillary (issue #19)
    public static final String IMPORT_BUTTON = "Import from Mapillary";
    public static final String IMPORT_TITLE = "Import from Mapillary";
    public static final String IMPORT_INTRO =
            "Your Mapillary sequences with photos captured in the chosen days that nobody has imported yet.";
    public static final String FINISH_TITLE = "Finish the draft";
    public static final String FINISH_INTRO =
            "Choose the Mapillary sequence of this draft's photos; it is attached with your connected account.";
    public static final String NO_MAPILLARY_APP =
            "This server has no Mapillary app, so nothing can be imported from Mapillary here.";
    public static final String CONNECT_INTRO =
            "Map the Paths needs your permission on Mapillary to list and import your sequences.";
    public static final String CONNECT_BUTTON = "Connect your Mapillary account";
    public static final String RECONNECT_BUTTON = "Connect your Mapillary account again";
    public static final String CONNECTED_NOTICE = "Your Mapillary account is connected.";
    public static final String DENIED_NOTICE = "Mapillary did not connect your account: the access was not granted.";
    public static final String CONNECT_FAILED_NOTICE =
            "Mapillary did not connect your account. Please try again in a moment.";
    public static final String RANGE_HEADING = "Capture days";
    public static final String SHOW_SEQUENCES = "Show my sequences";
    public static final String IMPORT_EMPTY = "No results match your criteria.";
    public static final String IMPORTABLE_HEADING = "Sequences you can import";
    public static final String IMPORT_MAP_LABEL = "Map of the listed sequences; each marker carries its row's number";
    public static final String PHOTOS_LABEL = "photos";
    public static final String PANORAMA = "Panorama";
    public static final String NOT_PANORAMA = "Not a panorama";
    public static final String UNKNOWN_CAMERA = "Camera unknown";
    public static final String IMPORT_ROW = "Import";
    public static final String ATTACH_ROW = "Attach to the draft";
    public static final String IMPORT_FORM_TITLE = "Describe the sequence";
    public static final String IMPORT_FORM_INTRO = "Mapillary sequence";
    public static final String IMPORT_TAGS_HELP = "Optional, comma-separated; suggestions come from existing tags.";
    public static final String IMPORT_NOW = "Import now";
    public static final String TRANSPORT_REQUIRED = "Choose a transport type";
    public static final String PROGRESS_TITLE = "Importing from Mapillary";
    public static final String PROGRESS_QUEUED = "Waiting for its turn.";
    public static final String PROGRESS_RELOAD = "Reload to see the progress";
    public static final String PROGRESS_LABEL = "Photos fetched";
    public static final String PROGRESS_DONE = "The import is done.";
    public static final String PROGRESS_OPEN = "Open the sequence";
    public static final String PROGRESS_FAILED = "The import failed; nothing was stored.";
    public static final String BACK_TO_IMPORT = "Back to your Mapillary sequences";
    public static final String MAPILLARY_TOKEN_REVOKED =
            "Mapillary no longer accepts the connection to your account (it was revoked or has expired).";
    public static final String MAPILLARY_UNAVAILABLE =
            "Mapillary is unavailable at the moment; please try again later.";
    public static final String ALREADY_IMPORTED = "This Mapillary sequence has already been imported by someone.";
    public static final String NOT_YOURS_ON_MAPILLARY = "This Mapillary sequence belongs to another Mapillary account.";
    public static final String NOT_ON_MAPILLARY = "Mapillary has no such sequence, or it is not visible to you.";
    public static final String IMPORT_CUT_OFF = "The import was cut off by a restart of the server.";
    public static final String IMPORT_BUSY = "The server has too many imports running; please try again in a minute.";
    public static final String IMPORT_FAILED = "Something unexpected went wrong.";

    public static String photosFetched(int fetched, int total) {
        return fetched + " of " + total + " photos fetched";
    }

    public static String rateLimited(String retryAt) {
        return "Mapillary is limiting requests; please try again after " + retryAt + ".";
    }

    public static String importsResumeAt(String at) {
        return "You have used today's imports; imports resume at " + at + ".";
    }

    public static String photoCount(int count) {
        return count + " " + PHOTOS_LABEL;
    }

    public static final String LEADERBOARDS = "Leaderboards";
    public static final String BOARDS_LABEL = "Boards";
    public static final String FILTERS_HEADING = "Filters";
    public static final String ANY_TRANSPORT = "Any transport";
    public static final String CAMERA_MAKE_LABEL = "Camera make";
    public static final String CAMERA_MODEL_LABEL = "Camera model";
    public static final String PERIOD_LABEL = "Period (UTC)";
    public static final String PERIOD_HELP = "all, a year (2024) or a month (2024-06); or a range below.";
    public static final String FROM_LABEL = "From (UTC date)";
    public static final String TO_LABEL = "To (UTC date, included)";
    public static final String APPLY_FILTERS = "Show";
    public static final String CLEAR_FILTERS = "Clear the filters";
    public static final String RANK = "Rank";
    public static final String PERSON = "Person";
    public static final String YOU = "(you)";
    public static final String YOUR_ROW = "Your place on this board";
    public static final String BOARD_EMPTY = "Nobody is on this board with these filters yet.";
    public static final String BOARD_REFUSED = "Correct the filters marked below to see the board.";
    public static final String FIRST_PAGE = "First page";
    public static final String BOARD_INTRO =
            "Everyone's published sequences, ranked globally; people with the same figure share a rank.";

    public static final String TOURS = "Tours";
    public static final String TOURS_TITLE = "Tours";
    public static final String TOURS_INTRO = "Tours join sequences in an order their author chose.";
    public static final String TOURS_USER_HELP = "Show the tours of one person only.";
    public static final String TOURS_TAGS_HELP = "Comma-separated; a tour needs every tag.";
    public static final String TOURS_EMPTY = "No tour here yet.";
    public static final String TOUR_MAP_LABEL = "Map of the tour's tracks, in tour order";
    public static final String TOUR_SEQUENCES = "Sequences in tour order";
    public static final String TOUR_NO_SEQUENCES = "This tour has no sequences yet.";
    public static final String SEQUENCES = "Sequences";
    public static final String SIGN_IN_TO_LIKE_TOUR = "Sign in to like this tour.";
    public static final String NEW_TOUR = "New tour";
    public static final String NEW_TOUR_TITLE = "Create a tour";
    public static final String CREATE_TOUR = "Create tour";
    public static final String EDIT_TOUR = "Edit tour";
    public static final String EDIT_TOUR_TITLE = "Edit the tour";
    public static final String SAVE_TOUR = "Save changes";
    public static final String DELETE_TOUR = "Delete tour";
    public static final String DELETE_TOUR_TITLE = "Delete the tour?";
    public static final String DELETE_TOUR_INTRO =
            "The tour and its likes are deleted; its sequences stay as they are.";
    public static final String DELETE_TOUR_CONFIRM = "Yes, delete this tour";
    public static final String TOUR_NAME_LABEL = "Name";
    public static final String TOUR_DESCRIPTION = "Description";
    public static final String TOUR_DESCRIPTION_LABEL = "Description (optional)";
    public static final String TOUR_TAGS_LABEL = "Tags (optional)";
    public static final String TOUR_TAGS_HELP = "Separate tags with commas, for example: coast, winter.";
    public static final String TOUR_TAG_SUGGESTIONS = "Tags you have used";
    public static final String REMOVED_FROM_TOUR = "The sequence was removed from this tour.";
    public static final String TOUR_MANAGE = "Manage this tour";
    public static final String TOUR_ORDER_HELP =
            "Move a sequence with its buttons, or drag it to its new place with a mouse.";
    public static final String MOVE_UP = "Move up";
    public static final String MOVE_DOWN = "Move down";
    public static final String REMOVE_FROM_TOUR = "Remove";
    public static final String ADD_SEQUENCES = "Add your sequences";
    public static final String ADD_SEQUENCES_HELP = "Your published sequences that are not in this tour yet.";
    public static final String FIND_BY_NAME = "Name contains";
    public static final String FIND = "Find";
    public static final String NO_SEQUENCES_TO_ADD = "None of your published sequences is left to add here.";
    public static final String ADD_TO_THIS_TOUR = "Add";
    public static final String ADD_TO_TOUR = "Add to tour";
    public static final String ADD_TO_TOUR_LABEL = "Tour";
    public static final String ADD_TO_TOUR_NONE = "You have no tour to add it to yet.";
    public static final String IN_TOURS = "In your tours:";
    public static final String ADDED_TO = "Added to the tour";
    public static final String CREATE_A_TOUR = "Create a new tour";
    public static final String ORDER_SAVING = "Saving the new order…";
    public static final String ORDER_FAILED = "The new order could not be saved; the page shows the saved one.";
    public static final String ALREADY_IN_TOUR = "This sequence is already in that tour.";
    public static final String NOT_IN_TOUR = "This sequence is no longer in the tour.";
    public static final String NOT_ELIGIBLE = "Only your own published sequences can be in your tours.";
    public static final String CHOOSE_A_SEQUENCE = "Choose one of your published sequences.";
    public static final String CHOOSE_A_TOUR = "Choose one of your tours.";
    public static final String ORDER_CHANGED = "The tour changed meanwhile; here is its current order.";

    public static final String CHALLENGES = "Challenges";
    public static final String CHALLENGES_INTRO =
            "Challenges rank the photos people capture inside an area during a window of time.";
    public static final String STATES_LABEL = "Challenges by state";
    public static final String ALL_STATES = "All";
    public static final String STATE_ACTIVE = "Active";
    public static final String STATE_UPCOMING = "Upcoming";
    public static final String STATE_COMPLETED = "Completed";
    public static final String CHALLENGES_EMPTY = "No challenge here yet.";
    public static final String CHALLENGE_MAP_LABEL = "Map of the challenge's area";
    public static final String SETTINGS = "Settings";
    public static final String STATE = "State";
    public static final String STARTS = "Starts";
    public static final String ENDS = "Ends (exclusive)";
    public static final String RANKED_BY = "Ranked by";
    public static final String ANY = "Any";
    public static final String CAMERA_MAKES = "Camera makes";
    public static final String CHALLENGE_BOARD = "Leaderboard";
    public static final String CHALLENGE_BOARD_LINK = "See the challenge's leaderboard";
    public static final String CHALLENGE_BOARD_LOADING = "Loading the leaderboard…";
    public static final String CHALLENGE_BOARD_EMPTY = "Nobody has a counted photo in this challenge yet.";
    public static final String BACK_TO_CHALLENGE = "Back to the challenge";

    public static final String SEQUENCES_TITLE = "Sequences";
    public static final String SEQUENCES_INTRO = "Search everyone's published sequences; the address keeps the search.";
    public static final String NAME_LABEL = "Name contains";
    public static final String TAGS_HELP = "Comma-separated; a sequence needs every tag.";
    public static final String PANORAMA_LABEL = "Panorama";
    public static final String PANORAMA_ONLY = "Panoramas only";
    public static final String PANORAMA_NONE = "No panoramas";
    public static final String BBOX_LABEL = "Area (bounding box)";
    public static final String BBOX_HELP = "minLon,minLat,maxLon,maxLat in degrees; on the map, use its view.";
    public static final String CHALLENGE_LABEL = "Challenge";
    public static final String ANY_CHALLENGE = "Any challenge";
    public static final String NO_SUCH_CHALLENGE = "is not a challenge here.";
    public static final String SORT_LABEL = "Sort by";
    public static final String SORT_LATEST = "Latest";
    public static final String SORT_MOST_LIKES = "Most likes";
    public static final String SORT_DISTANCE = "Longest distance";
    public static final String VIEWS_LABEL = "Show the results as";
    public static final String VIEW_LIST = "As a list";
    public static final String VIEW_MAP = "On a map";
    public static final String NAV_MAP = "Map";
    public static final String SHARE = "Link to this search";
    public static final String SEARCH_EMPTY = "No published sequence matches these filters.";
    public static final String SEARCH_REFUSED = "Correct the filters marked below to see the sequences.";
    public static final String SEARCH_MAP_LABEL = "Map of this page's sequences";
    public static final String USE_MAP_AREA = "Search this map area";
    public static final String CHALLENGE_SEQUENCES = "Sequences in this challenge";

    public static final String NEW_CHALLENGE = "New challenge";
    public static final String EDIT_CHALLENGE_LINK = "Edit the challenge";
    public static final String DELETE_CHALLENGE_LINK = "Delete the challenge…";
    public static final String CREATE_CHALLENGE = "Create the challenge";
    public static final String SAVE_CHALLENGE = "Save the challenge";
    public static final String DELETE_CHALLENGE = "Delete it";
    public static final String CHALLENGE_CANCEL = "Keep it and go back";
    public static final String CHALLENGE_NAME = "Name";
    public static final String CHALLENGE_DESCRIPTION = "Description (optional)";
    public static final String AREA = "Area";
    public static final String AREA_LABEL = "Area as GeoJSON (a Polygon or MultiPolygon)";
    public static final String AREA_HELP =
            "Draw the area on the map: pick the polygon tool, click each corner and click"
                    + " the first corner again to close the shape; draw several shapes for an area in several parts. Or paste"
                    + " GeoJSON here, positions as [longitude, latitude]: that is also how an area gets holes.";
    public static final String AREA_MAP_LABEL =
            "Map to draw the challenge's area on; what is drawn fills the area field";
    public static final String START_DATE = "Start date (UTC)";
    public static final String END_DATE = "End date (UTC, included)";
    public static final String DATE_HELP = "A date as YYYY-MM-DD; the challenge runs from the start of its first day to"
            + " the end of its last day, UTC.";
    public static final String TRANSPORT_TYPES = "Transport types";
    public static final String TRANSPORT_TYPES_HELP =
            "None chosen admits every type; a whole family admits each of its children.";
    public static final String CAMERA_MAKES_HELP = "One make per line, e.g. GoPro; none admits every camera.";
    public static final String METRIC_LABEL = "Rank by";
    public static final String NOT_A_DATE = "must be a date as YYYY-MM-DD";
    public static final String END_BEFORE_START = "must not be before the start date";
    public static final String NOT_A_METRIC = "must be photos or distance";
    public static final String DELETE_CHALLENGE_CONFIRM =
            "Delete this challenge for good? Its leaderboard goes with it; the sequences in it stay.";

    private Texts() {}

    public static String state(ChallengeStatus status) {
        return switch (status) {
            case ACTIVE -> STATE_ACTIVE;
            case UPCOMING -> STATE_UPCOMING;
            case COMPLETED -> STATE_COMPLETED;
        };
    }

    public static String challengeMetric(ChallengeMetric metric) {
        return switch (metric) {
            case PHOTOS -> PHOTOS;
            case DISTANCE -> DISTANCE;
        };
    }

    public static String challengeBoardTitle(String challenge) {
        return challenge + ": leaderboard";
    }

    public static String toursBy(String username) {
        return "Tours by " + username;
    }

    /** A refusal's reason as a sentence of its own. */
    public static String capitalized(String reason) {
        return reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
    }

    public static String addedToTour(String sequence, String tour) {
        return "Added " + sequence + " to " + tour + ".";
    }

    public static String movedTo(String sequence, int position) {
        return "Moved " + sequence + " to position " + position + ".";
    }

    public static String sequenceCount(long count) {
        return count == 1 ? "1 sequence" : count + " sequences";
    }

    public static String boardTitle(LeaderboardMetric metric) {
        return switch (metric) {
            case PHOTOS -> BOARD_PHOTOS;
            case DISTANCE -> BOARD_DISTANCE;
            case VIEWPOINTS -> BOARD_VIEWPOINTS;
        };
    }

    public static String wholeFamily(String parent) {
        return parent + " (all)";
    }

    public static String unknownTransport(String typed) {
        return typed + " (unknown)";
    }

    public static String tiedRank(int rank) {
        return "#" + rank + " (tie)";
    }

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

    public static String editTitle(String sequence) {
        return "Edit " + sequence;
    }

    public static String deleteTitle(String sequence) {
        return "Delete " + sequence + "?";
    }

    public static String profileTitle(String username) {
        return username;
    }

    public static String editChallengeTitle(String challenge) {
        return "Edit " + challenge;
    }

    public static String deleteChallengeTitle(String challenge) {
        return "Delete " + challenge + "?";
    }

    /** A challenge form's error next to its field: the field's label, then what is wrong. */
    public static String challengeFieldError(String label, String reason) {
        return label + ": " + reason;
    }
}
