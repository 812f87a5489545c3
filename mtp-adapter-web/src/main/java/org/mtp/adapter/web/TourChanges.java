package org.mtp.adapter.web;

import org.mtp.application.port.in.tour.AddToTourUseCase;
import org.mtp.application.port.in.tour.CreateTourUseCase;
import org.mtp.application.port.in.tour.DeleteTourUseCase;
import org.mtp.application.port.in.tour.EditTourUseCase;
import org.mtp.application.port.in.tour.RemoveFromTourUseCase;
import org.mtp.application.port.in.tour.ReorderTourUseCase;

/** The use cases behind the tour owner's forms (create, edit, delete, add, remove, reorder), handed over together. */
public record TourChanges(
        CreateTourUseCase create,
        EditTourUseCase edit,
        DeleteTourUseCase delete,
        AddToTourUseCase add,
        RemoveFromTourUseCase remove,
        ReorderTourUseCase reorder) {}
