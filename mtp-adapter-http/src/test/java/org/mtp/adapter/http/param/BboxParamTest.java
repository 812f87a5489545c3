package org.mtp.adapter.http.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtp.adapter.http.problem.ApiException;
import org.mtp.domain.geo.BoundingBox;

class BboxParamTest {

    @Test
    void fourNumbersInLonLatOrderMakeABox() {
        assertThat(BboxParam.parse("-10.5, 40,  2e0,+50.25")).isEqualTo(new BoundingBox(-10.5, 40, 2, 50.25));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1,2,3",
                "1,2,3,4,5",
                "a,2,3,4",
                "1,2,NaN,4",
                "1,2,Infinity,4",
                "0x1,2,3,4",
                "5,0,1,1",
                "0,0,181,1",
                ",,,"
            })
    void anythingElseIsA400NamingBbox(String text) {
        assertThatThrownBy(() -> BboxParam.parse(text))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.errors()).containsOnlyKeys("bbox"));
    }
}
