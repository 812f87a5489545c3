package org.mtp.application.port.in.sequence;

import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSort;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.camera.CameraModel;
import org.mtp.domain.challenge.ChallengeId;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.time.TimeRange;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;
import org.mtp.domain.user.Username;

/** Use case: search published sequences (or the caller's own drafts) with filters, a sort and stable pages. */
public interface SearchSequencesUseCase {

    Page<SequenceSummary> search(Query query);

    /** Null filters mean "any"; {@code draftsOnly} lists the viewer's drafts and needs a viewer. */
    record Query(
            UserId viewer,
            String nameContains,
            Username username,
            Tags tags,
            TransportType transportType,
            CameraMake cameraMake,
            CameraModel cameraModel,
            Boolean pano,
            TimeRange captured,
            BoundingBox bbox,
            ChallengeId challenge,
            boolean draftsOnly,
            SequenceSort sort,
            PageRequest page) {
        public Query {
            Require.notNull("page", page);
            if (nameContains != null) {
                Text.require("name", nameContains, 1, Limits.NAME_MAX);
            }
            if (draftsOnly && viewer == null) {
                throw new ValidationException("status", "listing drafts needs a signed-in user");
            }
        }

        /** The latest published sequences in {@code bbox}, as anyone sees them: a map's view. */
        public static Query latestIn(BoundingBox bbox, PageRequest page) {
            return latest(null, null, bbox, page);
        }

        /** The drafts of {@code viewer}, latest drafted first: what the desktop uploader left to finish. */
        public static Query draftsOf(UserId viewer, PageRequest page) {
            return new Query(
                    viewer,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    SequenceSort.LATEST,
                    page);
        }

        /** The latest published sequences of {@code username}, as anyone sees them: a profile's list. */
        public static Query latestBy(Username username, PageRequest page) {
            return latestBy(username, null, page);
        }

        /**
         * The latest published sequences of {@code username} whose names contain {@code nameContains} (null: any): a
         * chooser of one's own sequences.
         */
        public static Query latestBy(Username username, String nameContains, PageRequest page) {
            return latest(username, nameContains, null, page);
        }

        /** The latest published sequences as anyone sees them, by owner, name part and area (each null: any). */
        private static Query latest(Username username, String nameContains, BoundingBox bbox, PageRequest page) {
            return new Query(
                    null,
                    nameContains,
                    username,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    bbox,
                    null,
                    false,
                    SequenceSort.LATEST,
                    page);
        }
    }
}
