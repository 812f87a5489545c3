package org.mtp.application.model.importing;

import java.util.UUID;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.ValidationException;

/** The id of one background import from Mapillary. */
public record ImportJobId(UUID value) {

    public ImportJobId {
        Require.notNull("import_id", value);
    }

    public static ImportJobId of(UUID value) {
        return new ImportJobId(value);
    }

    /** Parses {@code text} as the id, refusing it in the name of {@code field}. */
    public static ImportJobId parse(String field, String text) {
        try {
            return new ImportJobId(UUID.fromString(text == null ? "" : text));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "is not an import id");
        }
    }
}
