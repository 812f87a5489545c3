package org.mtp.domain.sequence;

import java.util.regex.Pattern;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** The Mapillary key (v3) or id (v4) of one photo: 1..100 characters of {@code [A-Za-z0-9_-]}, the alphabet Mapillary's v3 keys and v4 ids share. */
public record ImageKey(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + Limits.KEY_MAX + "}");

  public ImageKey {
    Require.notNull("image_key", value);
    if (!ALLOWED.matcher(value).matches()) {
      throw new ValidationException("image_key", "must be 1 to " + Limits.KEY_MAX + " characters of A-Z, a-z, 0-9, '_' and '-'");
    }
  }

  public static ImageKey of(String value) {
    return new ImageKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
