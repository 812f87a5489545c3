package org.mtp.application.model.geo;

import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;

/**
 * A bounding box as people and clients write it, {@code minLon,minLat,maxLon,maxLat} in degrees, shared by the REST
 * API's {@code bbox} parameter and the web app's search form; anything else fails naming {@code bbox}.
 */
public final class BoundingBoxText {

    public static final String FIELD = "bbox";

    private BoundingBoxText() {}

    public static BoundingBox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new ValidationException(FIELD, "must be minLon,minLat,maxLon,maxLat");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            values[i] = number(parts[i].strip());
        }
        try {
            return new BoundingBox(values[0], values[1], values[2], values[3]);
        } catch (ValidationException e) {
            throw new ValidationException(FIELD, e.getMessage());
        }
    }

    /** The text {@link #parse} reads back. */
    public static String format(BoundingBox box) {
        return box.minLon() + "," + box.minLat() + "," + box.maxLon() + "," + box.maxLat();
    }

    private static double number(String text) {
        if (!text.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            throw new ValidationException(FIELD, "must be four decimal numbers: minLon,minLat,maxLon,maxLat");
        }
        return Double.parseDouble(text);
    }
}
