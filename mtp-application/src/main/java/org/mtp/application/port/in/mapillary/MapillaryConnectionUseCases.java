package org.mtp.application.port.in.mapillary;

import java.net.URI;
import org.mtp.application.port.out.mapillary.MapillaryToken;
import org.mtp.domain.common.DomainException;
import org.mtp.domain.sequence.MapillaryUser;
import org.mtp.domain.user.UserId;

/** The use cases that link a user's Mapillary account, one interface per verb. */
public final class MapillaryConnectionUseCases {

  private MapillaryConnectionUseCases() {}

  /** Use case: verify a Mapillary token the user holds (the uploader has one) and store it for them. */
  public interface VerifyAndStoreToken {
    MapillaryUser verifyAndStore(UserId actor, MapillaryToken token);
  }

  /** Use case: start Mapillary's OAuth flow; returns the authorization URL with a one-time state bound to the user. */
  public interface StartConnection {
    URI start(UserId actor);
  }

  /** Use case: finish the flow from Mapillary's callback: check the state once, exchange the code, store the token. */
  public interface CompleteConnection {
    MapillaryUser complete(String code, String state);
  }

  /** The callback's state is unknown, used or expired: a forged or replayed callback. */
  public static final class InvalidState extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidState() {
      super("'state' is unknown, already used or expired; start the connection again");
    }

    @Override
    public String code() {
      return "invalid_state";
    }
  }

  /** The user has not linked a Mapillary account yet (or its token no longer works). */
  public static final class NotConnected extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotConnected() {
      super("connect a Mapillary account first (POST /api/v1/mapillary/token/verify or GET /api/v1/mapillary/connect)");
    }

    @Override
    public String code() {
      return "mapillary_not_connected";
    }
  }
}
