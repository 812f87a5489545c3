package org.mtp.domain.sequence;

import java.util.regex.Pattern;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** A Mapillary user's key (v3) or numeric id (v4): 1..100 characters of {@code [A-Za-z0-9_-]}, the alphabet Mapillary's v3 keys and v4 ids share. */
public record MapillaryUserId(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + Limits.KEY_MAX + "}");

  public MapillaryUserId {
    Require.notNull("mapillary_user_id", value);
    if (!ALLOWED.matcher(value).matches()) {
      throw new ValidationException("mapillary_user_id", "must be 1 to " + Limits.KEY_MAX + " characters of A-Z, a-z, 0-9, '_' and '-'");
    }
  }

  public static MapillaryUserId of(String value) {
    return new MapillaryUserId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
