package org.mtp.adapter.web;

import org.mtp.application.port.in.mapillary.StartMapillaryConnectionUseCase;
import org.mtp.application.port.in.sequence.AttachStoredMapillaryUseCase;
import org.mtp.application.port.in.sequence.GetImportUseCase;
import org.mtp.application.port.in.sequence.ListImportableUseCase;
import org.mtp.application.port.in.sequence.StartImportUseCase;

/** The use cases behind importing from Mapillary and finishing a draft, handed to the web app together. */
public record MapillaryImports(
        StartMapillaryConnectionUseCase startConnection,
        ListImportableUseCase listImportable,
        StartImportUseCase startImport,
        GetImportUseCase getImport,
        AttachStoredMapillaryUseCase attachStored) {}
