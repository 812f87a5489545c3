package org.mtp.application.port.in.oauth;

import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** Shape check shared by the secrets that travel in URLs and headers: 16..512 printable ASCII characters. */
final class SecretText {

  private SecretText() {}

  static String require(String field, String value) {
    Require.notNull(field, value);
    if (value.length() < 16 || value.length() > 512 || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new ValidationException(field, "is malformed");
    }
    return value;
  }
}
