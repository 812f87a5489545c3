package org.mtp.adapter.http.tour;

import java.util.Objects;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.tour.TourUseCases;

/**
 * The use cases {@link ToursResource} serves; reading sequences gives a tour's tracks (its photos) for the GeoJSON and
 * GPX representations.
 */
public record TourUseCaseSet(TourUseCases.CreateTour create, TourUseCases.GetTour get, TourUseCases.ListTours list,
    TourUseCases.EditTour edit, TourUseCases.DeleteTour delete, TourUseCases.ReplaceTourSequences replace,
    TourUseCases.AddToTour add, TourUseCases.RemoveFromTour remove, GetSequenceUseCase getSequence) {

  public TourUseCaseSet {
    Objects.requireNonNull(create, "create");
    Objects.requireNonNull(get, "get");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(edit, "edit");
    Objects.requireNonNull(delete, "delete");
    Objects.requireNonNull(replace, "replace");
    Objects.requireNonNull(add, "add");
    Objects.requireNonNull(remove, "remove");
    Objects.requireNonNull(getSequence, "getSequence");
  }
}
