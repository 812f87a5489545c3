package org.mtp.domain.geo;

/**
 * Names parts of an area in validation messages the way GeoJSON numbers them ("ring 0 of polygon 1"), so that a person
 * can find the broken ring in what they sent. A polygon given on its own has no polygon number.
 */
record GeometryNames(int polygonIndex) {

    static final GeometryNames STANDALONE = new GeometryNames(-1);

    static GeometryNames ofPolygon(int index) {
        return new GeometryNames(index);
    }

    String polygon() {
        return polygonIndex < 0 ? "the polygon" : "polygon " + polygonIndex;
    }

    String ring(int ringIndex) {
        return "ring " + ringIndex + suffix();
    }

    String rings(int first, int second) {
        return "rings " + first + " and " + second + suffix();
    }

    private String suffix() {
        return polygonIndex < 0 ? "" : " of polygon " + polygonIndex;
    }
}
