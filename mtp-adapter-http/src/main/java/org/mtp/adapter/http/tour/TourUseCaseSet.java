package org.mtp.adapter.http.tour;

import java.util.Objects;
import org.mtp.application.port.in.sequence.GetSequenceUseCase;
import org.mtp.application.port.in.tour.AddToTourUseCase;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.DeleteTourUseCase;
import org.mtp.application.port.in.tour.EditTourUseCase;
import org.mtp.application.port.in.tour.GetTourUseCase;
import org.mtp.application.port.in.tour.ListToursUseCase;
import org.mtp.application.port.in.tour.RemoveFromTourUseCase;
import org.mtp.application.port.in.tour.ReplaceTourSequencesUseCase;

/**
 * The use cases {@link ToursResource} serves; reading sequences gives a tour's tracks (its photos) for the GeoJSON and
 * GPX representations.
 */
public record TourUseCaseSet(CreateTourUseCase create, GetTourUseCase get, ListToursUseCase list,
    EditTourUseCase edit, DeleteTourUseCase delete, ReplaceTourSequencesUseCase replace,
    AddToTourUseCase add, RemoveFromTourUseCase remove, GetSequenceUseCase getSequence) {

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
