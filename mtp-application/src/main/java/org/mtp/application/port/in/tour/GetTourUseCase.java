package org.mtp.application.port.in.tour;

import org.mtp.domain.tour.TourId;

/** Use case: read one tour with its sequences in order. */
public interface GetTourUseCase {
    TourView get(TourId tour);
}
