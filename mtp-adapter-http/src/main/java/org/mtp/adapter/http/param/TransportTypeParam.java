package org.mtp.adapter.http.param;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mtp.domain.transport.TransportType;

/**
 * Transport types by name, case-insensitively, a child or a parent ("Bicycle", "earth", "Earth - Bicycle"); an unknown
 * name is a 400 naming the field.
 */
public final class TransportTypeParam {

    private TransportTypeParam() {}

    public static TransportType parse(String field, String name) {
        return TransportType.fromName(field, name);
    }

    /** Several types from strings that may each be a comma list; blank entries are dropped. */
    public static Set<TransportType> parseAll(String field, List<String> values) {
        Set<TransportType> types = EnumSet.noneOf(TransportType.class);
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                if (!name.isBlank()) {
                    types.add(parse(field, name));
                }
            }
        }
        return types;
    }
}
