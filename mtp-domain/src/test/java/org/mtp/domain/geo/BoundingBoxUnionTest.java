package org.mtp.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundingBoxUnionTest {

    @Test
    void theUnionHoldsBothBoxes() {
        BoundingBox a = new BoundingBox(-10, 5, 0, 8);
        BoundingBox b = new BoundingBox(-3, -2, 4, 6);
        assertThat(a.union(b)).isEqualTo(new BoundingBox(-10, -2, 4, 8));
        assertThat(b.union(a)).isEqualTo(new BoundingBox(-10, -2, 4, 8));
        assertThat(a.union(a)).isEqualTo(a);
    }
}
