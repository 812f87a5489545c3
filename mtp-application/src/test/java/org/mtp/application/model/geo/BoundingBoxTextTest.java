package org.mtp.application.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;

class BoundingBoxTextTest {

    @Test
    void aBoxReadsBackWhatItWritesAndRefusesOtherTextNamingTheBbox() {
        BoundingBox box = BoundingBoxText.parse(" 13.3, 52.4,13.6 ,52.6");

        assertThat(box).isEqualTo(new BoundingBox(13.3, 52.4, 13.6, 52.6));
        assertThat(BoundingBoxText.parse(BoundingBoxText.format(box))).isEqualTo(box);
        assertThatThrownBy(() -> BoundingBoxText.parse("1,2,3"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("bbox");
                    assertThat(e.reason()).isEqualTo("must be minLon,minLat,maxLon,maxLat");
                });
        assertThatThrownBy(() -> BoundingBoxText.parse("a,2,3,4"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("bbox"));
        assertThatThrownBy(() -> BoundingBoxText.parse("0,95,1,96"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("bbox"));
    }
}
