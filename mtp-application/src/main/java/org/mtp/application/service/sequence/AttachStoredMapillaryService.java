package org.mtp.application.service.sequence;

import org.mtp.application.port.in.sequence.AttachMapillaryUseCase;
import org.mtp.application.port.in.sequence.AttachStoredMapillaryUseCase;
import org.mtp.application.port.in.sequence.SequenceView;
import org.mtp.application.port.out.mapillary.MapillaryConnection;
import org.mtp.application.service.mapillary.StoredMapillaryToken;

/**
 * Use case service: the uploader's attach with the token taken from the stored connection (renewed if due), so the
 * rules stay in one place ({@link AttachMapillaryService}).
 */
public final class AttachStoredMapillaryService implements AttachStoredMapillaryUseCase {

    private final StoredMapillaryToken tokens;
    private final AttachMapillaryUseCase attach;

    public AttachStoredMapillaryService(StoredMapillaryToken tokens, AttachMapillaryUseCase attach) {
        this.tokens = tokens;
        this.attach = attach;
    }

    @Override
    public SequenceView attachStored(Command command) {
        MapillaryConnection connection = tokens.forUser(command.actor());
        return attach.attach(new AttachMapillaryUseCase.Command(
                        command.actor(),
                        command.sequence(),
                        command.key(),
                        connection.grant().accessToken(),
                        null))
                .view();
    }
}
