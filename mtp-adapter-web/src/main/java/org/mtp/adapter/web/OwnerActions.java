package org.mtp.adapter.web;

import org.mtp.application.port.in.mapillary.DisconnectMapillaryUseCase;
import org.mtp.application.port.in.sequence.DeleteSequenceUseCase;
import org.mtp.application.port.in.sequence.EditSequenceUseCase;

/** The write use cases behind the pages where people manage what is theirs, handed to the web app together. */
public record OwnerActions(
        EditSequenceUseCase edit, DeleteSequenceUseCase delete, DisconnectMapillaryUseCase disconnectMapillary) {}
