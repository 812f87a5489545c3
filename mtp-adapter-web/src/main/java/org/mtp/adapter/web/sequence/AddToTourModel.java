package org.mtp.adapter.web.sequence;

import java.util.List;

/**
 * The "Add to tour" control of the owner's published sequence: the owner's tours that do not hold it yet, the tours
 * that do, where to create a new one, the notice after an addition (with the tour's link) and the error of a refused
 * one.
 */
public record AddToTourModel(
        String action,
        String csrf,
        List<TourLink> choices,
        List<TourLink> inTours,
        String newTourUrl,
        TourLink added,
        String error) {

    public AddToTourModel {
        choices = List.copyOf(choices);
        inTours = List.copyOf(inTours);
    }

    /** A tour by id, name and address. */
    public record TourLink(String id, String name, String url) {}
}
