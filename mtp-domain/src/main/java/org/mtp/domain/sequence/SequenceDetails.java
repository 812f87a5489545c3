package org.mtp.domain.sequence;

import org.mtp.domain.common.Limits;
import org.mtp.domain.common.Require;
import org.mtp.domain.common.Text;
import org.mtp.domain.tag.Tags;
import org.mtp.domain.transport.TransportType;

/**
 * What a person says about a capture: name (1..100 characters after trimming), optional description (at most 10,000
 * characters, stored verbatim), transport type and tags. Text is never escaped here; renderers escape.
 */
public record SequenceDetails(String name, String description, TransportType transportType, Tags tags) {

    public SequenceDetails {
        name = Text.requireTrimmed("name", name, 1, Limits.NAME_MAX);
        if (description != null) {
            Text.require("description", description, 0, Limits.DESCRIPTION_MAX);
            description = description.isEmpty() ? null : description;
        }
        Require.notNull("transport_type", transportType);
        tags = tags == null ? Tags.NONE : tags;
    }

    public static SequenceDetails of(String name, String description, TransportType transportType, Tags tags) {
        return new SequenceDetails(name, description, transportType, tags);
    }
}
