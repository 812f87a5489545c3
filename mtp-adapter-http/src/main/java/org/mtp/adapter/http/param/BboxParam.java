package org.mtp.adapter.http.param;

import org.mtp.adapter.http.problem.ApiException;
import org.mtp.application.model.geo.BoundingBoxText;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;

/**
 * A bounding box as {@code minLon,minLat,maxLon,maxLat} in degrees, read by the application's {@link BoundingBoxText}
 * (which the web app's search shares); anything else is a 400 naming {@code bbox}.
 */
public final class BboxParam {

    private BboxParam() {}

    public static BoundingBox parse(String text) {
        try {
            return BoundingBoxText.parse(text);
        } catch (ValidationException e) {
            throw ApiException.invalidField(e.field(), e.reason());
        }
    }
}
