package org.mtp.adapter.http.mapillary;

import java.util.Objects;
import org.mtp.application.port.in.mapillary.CompleteMapillaryConnectionUseCase;
import org.mtp.application.port.in.mapillary.StartMapillaryConnectionUseCase;
import org.mtp.application.port.in.mapillary.VerifyMapillaryTokenUseCase;
import org.mtp.application.port.in.sequence.ListImportableUseCase;

/** The Mapillary use cases {@link MapillaryResource} serves. */
public record MapillaryUseCases(VerifyMapillaryTokenUseCase verifyToken,
    StartMapillaryConnectionUseCase startConnection,
    CompleteMapillaryConnectionUseCase completeConnection, ListImportableUseCase listImportable) {

  public MapillaryUseCases {
    Objects.requireNonNull(verifyToken, "verifyToken");
    Objects.requireNonNull(startConnection, "startConnection");
    Objects.requireNonNull(completeConnection, "completeConnection");
    Objects.requireNonNull(listImportable, "listImportable");
  }
}
