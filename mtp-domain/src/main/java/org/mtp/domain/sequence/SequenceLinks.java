package org.mtp.domain.sequence;

import java.util.Locale;
import java.util.Optional;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Text;
import org.mtp.domain.common.ValidationException;

/**
 * The links the desktop uploader attaches: a Google Street View share link (an http or https URL, so that no script URL
 * ever reaches a page) and a Strava activity id (a string, as Strava sends it). Either may be absent.
 */
public record SequenceLinks(String googleStreetView, String strava) {

    public static final SequenceLinks NONE = new SequenceLinks(null, null);

    public SequenceLinks {
        if (googleStreetView != null) {
            googleStreetView = Text.requireTrimmed("google_street_view", googleStreetView, 1, Limits.LINK_MAX);
            String lower = googleStreetView.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("https://") || lower.startsWith("http://"))
                    || googleStreetView.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
                throw new ValidationException("google_street_view", "must be an http or https link");
            }
        }
        if (strava != null) {
            strava = Text.requireTrimmed("strava", strava, 1, Limits.KEY_MAX);
            if (strava.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
                throw new ValidationException("strava", "must be printable ASCII without spaces");
            }
        }
    }

    /** These links with each given (non-null) value replacing the current one. */
    public SequenceLinks merge(SequenceLinks changes) {
        return new SequenceLinks(
                changes.googleStreetView != null ? changes.googleStreetView : googleStreetView,
                changes.strava != null ? changes.strava : strava);
    }

    public boolean isEmpty() {
        return googleStreetView == null && strava == null;
    }

    public Optional<String> googleStreetViewLink() {
        return Optional.ofNullable(googleStreetView);
    }

    public Optional<String> stravaActivity() {
        return Optional.ofNullable(strava);
    }
}
