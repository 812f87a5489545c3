package org.mtp.adapter.web.challenge;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.mtp.application.model.format.AreaGeoJson;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.Area;

/**
 * A challenge area typed or drawn into a form field as GeoJSON text: read with Moshi into a JSON tree (strictly, the
 * whole text one value), then into an {@link Area} by the application's {@link AreaGeoJson}, as the REST API reads it.
 */
public final class AreaText {

    private static final JsonAdapter<Object> TREE = new Moshi.Builder().build().adapter(Object.class);

    private AreaText() {}

    public static Area parse(String field, String text) {
        Object tree;
        try {
            tree = TREE.fromJson(text);
        } catch (IOException | JsonDataException e) {
            throw new ValidationException(field, "is not JSON: " + e.getMessage());
        }
        return AreaGeoJson.read(field, tree);
    }
}
