package org.mtp.adapter.http.sequence;

import org.mtp.domain.transport.TransportType;

/** A transport type on the wire: its name and its parent's, {@code parent} null for a parent type. */
public record TransportTypeJson(String name, String parent) {

    public static TransportTypeJson from(TransportType type) {
        return new TransportTypeJson(
                type.displayName(),
                type.parent().map(TransportType::displayName).orElse(null));
    }
}
