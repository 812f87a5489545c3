package org.mtp.application.port.in.tour;

import org.mtp.domain.tour.TourId;
import org.mtp.domain.user.UserId;

/** Use case: the owner deletes a tour (its likes go with it; its sequences stay). */
public interface DeleteTourUseCase {
    void delete(UserId actor, TourId tour);
}
