package org.mtp.adapter.web.sequence;

import org.mtp.adapter.web.page.Formats;
import org.mtp.adapter.web.page.Paths;
import org.mtp.adapter.web.page.Texts;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.domain.sequence.Photo;

/** Builds the photo rows and their viewpoint controls, for the page and for an htmx answer alike. */
final class SocialControls {

    private SocialControls() {}

    static PhotoRow photoRow(
            String sequenceUrl,
            String csrf,
            boolean mayAct,
            boolean thumbnails,
            int number,
            Photo photo,
            SequenceView v) {
        String key = photo.key().value();
        String photoUrl = sequenceUrl + "/photos/" + Paths.encode(key);
        return new PhotoRow(
                number,
                key,
                Formats.degrees(photo.angle().orElse(null)),
                Formats.utc(photo.capturedAt()),
                Formats.iso(photo.capturedAt()),
                Paths.mapillaryPhoto(key),
                viewpoint(sequenceUrl, csrf, mayAct, key, v.viewpointsOn(photo.key())),
                thumbnails ? photoUrl + "/thumbnail" : null);
    }

    static ViewpointModel viewpoint(String sequenceUrl, String csrf, boolean mayMark, String key, long count) {
        return new ViewpointModel(
                sequenceUrl + "/photos/" + Paths.encode(key) + "/viewpoint",
                csrf,
                mayMark,
                Texts.viewpointCount(count),
                "viewpoint-" + key.replaceAll("[^A-Za-z0-9_-]", "_"));
    }
}
