package org.mtp.application.service.map;

import org.mtp.application.model.map.MapGrid;
import org.mtp.application.port.in.map.ReadSequenceMapUseCase;
import org.mtp.application.port.out.map.SequenceMapReader;
import org.mtp.application.port.out.transaction.UnitOfWork;

/** Use case service for the sequence map: picks the grid cells the view needs and reads their markers. */
public final class SequenceMapService implements ReadSequenceMapUseCase {

    private final SequenceMapReader reader;
    private final UnitOfWork unitOfWork;

    public SequenceMapService(SequenceMapReader reader, UnitOfWork unitOfWork) {
        this.reader = reader;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public SequenceMap read(Query query) {
        MapGrid.Window window = MapGrid.window(query.view(), query.zoom());
        return new SequenceMap(window, unitOfWork.reading(() -> reader.markers(window)));
    }
}
