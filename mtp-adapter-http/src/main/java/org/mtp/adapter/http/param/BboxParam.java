package org.mtp.adapter.http.param;

import org.mtp.adapter.http.problem.ApiException;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;

/** A bounding box as {@code minLon,minLat,maxLon,maxLat} in degrees; anything else is a 400 naming {@code bbox}. */
public final class BboxParam {

    private static final String FIELD = "bbox";

    private BboxParam() {}

    public static BoundingBox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw ApiException.invalidField(FIELD, "must be minLon,minLat,maxLon,maxLat");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            values[i] = number(parts[i].strip());
        }
        try {
            return new BoundingBox(values[0], values[1], values[2], values[3]);
        } catch (ValidationException e) {
            throw ApiException.invalidField(FIELD, e.getMessage());
        }
    }

    private static double number(String text) {
        if (!text.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            throw ApiException.invalidField(FIELD, "must be four decimal numbers: minLon,minLat,maxLon,maxLat");
        }
        return Double.parseDouble(text);
    }
}
