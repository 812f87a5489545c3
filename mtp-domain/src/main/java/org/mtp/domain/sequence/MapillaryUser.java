package org.mtp.domain.sequence;

import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;

/** A Mapillary account as Mapillary identifies it; ownership checks compare the id, since usernames can change. */
public record MapillaryUser(MapillaryUserId id, String username) {

    public MapillaryUser {
        Require.notNull("mapillary_user_id", id);
        Text.require("mapillary_username", username, 1, 100);
    }

    public boolean sameAccount(MapillaryUser other) {
        return other != null && id.equals(other.id);
    }
}
