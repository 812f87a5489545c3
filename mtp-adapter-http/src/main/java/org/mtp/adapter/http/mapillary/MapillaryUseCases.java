package org.mtp.adapter.http.mapillary;

import java.util.Objects;
import org.mtp.application.port.in.mapillary.MapillaryConnectionUseCases;
import org.mtp.application.port.in.sequence.ListImportableUseCase;

/** The Mapillary use cases {@link MapillaryResource} serves. */
public record MapillaryUseCases(MapillaryConnectionUseCases.VerifyAndStoreToken verifyToken,
    MapillaryConnectionUseCases.StartConnection startConnection,
    MapillaryConnectionUseCases.CompleteConnection completeConnection, ListImportableUseCase listImportable) {

  public MapillaryUseCases {
    Objects.requireNonNull(verifyToken, "verifyToken");
    Objects.requireNonNull(startConnection, "startConnection");
    Objects.requireNonNull(completeConnection, "completeConnection");
    Objects.requireNonNull(listImportable, "listImportable");
  }
}
