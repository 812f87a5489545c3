package org.mtp.application.service.sequence;

import java.util.List;
import java.util.Set;
import org.mtp.application.model.mapillary.MapillarySequenceSummary;
import org.mtp.application.port.in.sequence.ListImportableUseCase;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.port.out.mapillary.MapillaryGateway;
import org.mtp.application.port.out.sequence.SequenceRepository;
import org.mtp.application.port.out.transaction.UnitOfWork;
import org.mtp.application.service.mapillary.StoredMapillaryToken;
import org.mtp.domain.sequence.MapillarySequenceKey;

/** Use case service: the user's Mapillary sequences in a window, hiding keys anyone has already imported. */
public final class ListImportableService implements ListImportableUseCase {

    private final StoredMapillaryToken tokens;
    private final MapillaryGateway gateway;
    private final SequenceRepository sequences;
    private final UnitOfWork unitOfWork;

    public ListImportableService(
            StoredMapillaryToken tokens,
            MapillaryGateway gateway,
            SequenceRepository sequences,
            UnitOfWork unitOfWork) {
        this.tokens = tokens;
        this.gateway = gateway;
        this.sequences = sequences;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<MapillarySequenceSummary> listImportable(Query query) {
        MapillaryConnection connection = tokens.forUser(query.actor());
        List<MapillarySequenceSummary> found =
                gateway.listSequences(connection.grant().accessToken(), connection.mapillaryUser(), query.window());
        List<MapillarySequenceKey> keys =
                found.stream().map(MapillarySequenceSummary::key).toList();
        Set<MapillarySequenceKey> taken = unitOfWork.inTransaction(() -> sequences.existingKeys(keys));
        return found.stream().filter(s -> !taken.contains(s.key())).toList();
    }
}
