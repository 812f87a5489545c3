package org.mtp.domain.challenge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mtp.domain.camera.CameraMake;
import org.mtp.domain.common.Require;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.time.Timestamps;
import org.mtp.domain.transport.TransportType;
import org.mtp.domain.user.UserId;

/**
 * A published sequence as a challenge sees it: its owner, transport type, camera make (null when unknown), capture time
 * (null when unknown; a photo without its own time takes this one) and its photos in order.
 */
public record ChallengeCandidate(
        UserId owner,
        TransportType transportType,
        CameraMake cameraMake,
        Instant sequenceCapturedAt,
        List<Photo> photos) {

    public ChallengeCandidate {
        Require.notNull("owner", owner);
        Require.notNull("transport_type", transportType);
        sequenceCapturedAt = Timestamps.normalize(sequenceCapturedAt);
        Require.notNull("photos", photos);
        List<Photo> copy = new ArrayList<>(photos.size());
        for (Photo photo : photos) {
            copy.add(Require.notNull("photos", photo));
        }
        photos = Collections.unmodifiableList(copy);
    }
}
