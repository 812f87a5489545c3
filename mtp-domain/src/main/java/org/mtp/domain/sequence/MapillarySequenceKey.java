package org.mtp.domain.sequence;

import java.util.regex.Pattern;
import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** A Mapillary sequence key; v3 keys and v4 sequence ids are the same strings: 1..100 characters of {@code [A-Za-z0-9_-]}, the alphabet Mapillary's v3 keys and v4 ids share. */
public record MapillarySequenceKey(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + Limits.KEY_MAX + "}");

  public MapillarySequenceKey {
    Require.notNull("mapillary_sequence_key", value);
    if (!ALLOWED.matcher(value).matches()) {
      throw new ValidationException("mapillary_sequence_key", "must be 1 to " + Limits.KEY_MAX + " characters of A-Z, a-z, 0-9, '_' and '-'");
    }
  }

  public static MapillarySequenceKey of(String value) {
    return new MapillarySequenceKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
