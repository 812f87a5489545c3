package org.mtp.application.model.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mtp.domain.common.ValidationException;
import org.mtp.domain.geo.BoundingBox;

class MapGridTest {

    private static final BoundingBox WORLD = new BoundingBox(-180, -90, 180, 90);

    @Test
    void theWholeWorldAtZoomZero_isFourColumnsAndTwoRows() {
        assertThat(MapGrid.window(WORLD, 0)).isEqualTo(new MapGrid.Window(0, 0, 3, 0, 1));
    }

    @Test
    void aViewWiderThanItsZoomShows_fallsBackToTheFinestLevelWithinTheCellLimit() {
        MapGrid.Window window = MapGrid.window(WORLD, 22);

        assertThat(window.cells()).isLessThanOrEqualTo(MapGrid.MAX_CELLS);
        assertThat(window.level()).isEqualTo(3);
        assertThat(new MapGrid.Window(4, 0, 63, 0, 31).cells()).isGreaterThan(MapGrid.MAX_CELLS);
    }

    @Test
    void aCityAtZoomThirteen_keepsItsLevel() {
        MapGrid.Window window = MapGrid.window(new BoundingBox(2.30, 48.82, 2.40, 48.92), 13);

        assertThat(window.level()).isEqualTo(13);
        assertThat(window.cells()).isEqualTo(10L * 10);
    }

    @Test
    void theEastAndNorthEdges_fallInTheLastColumnAndRow() {
        assertThat(MapGrid.column(MapGrid.e7(180))).isEqualTo((4L << MapGrid.FINEST) - 1);
        assertThat(MapGrid.row(MapGrid.e7(90))).isEqualTo((2L << MapGrid.FINEST) - 1);
        assertThat(MapGrid.column(MapGrid.e7(-180))).isZero();
        assertThat(MapGrid.row(MapGrid.e7(-90))).isZero();
    }

    @Test
    void aCellBoundary_belongsToTheCellItStarts() {
        // 0 degrees starts column 2 of level 0 (columns are 90 degrees wide from -180)
        assertThat(MapGrid.atLevel(MapGrid.column(0), 0)).isEqualTo(2);
        assertThat(MapGrid.atLevel(MapGrid.column(-1), 0)).isEqualTo(1);
        assertThat(MapGrid.atLevel(MapGrid.column(MapGrid.e7(90)), 1)).isEqualTo(6);
    }

    @Test
    void aWindowHoldsTheFinestCellsOfItsOwnCells_andNoOthers() {
        MapGrid.Window window = new MapGrid.Window(3, 5, 6, 2, 2);

        assertThat(window.holds(window.finestMinColumn(), window.finestMinRow()))
                .isTrue();
        assertThat(window.holds(window.finestMaxColumn(), window.finestMaxRow()))
                .isTrue();
        assertThat(window.holds(window.finestMaxColumn() + 1, window.finestMinRow()))
                .isFalse();
        assertThat(window.holds(window.finestMinColumn(), window.finestMinRow() - 1))
                .isFalse();
    }

    @Test
    void positionsRoundHalfUp_asTheMigrationDoes() {
        assertThat(MapGrid.e7(0.00000005)).isEqualTo(1);
        assertThat(MapGrid.e7(-0.00000005)).isEqualTo(0);
        assertThat(MapGrid.degrees(MapGrid.e7(2.3456789))).isEqualTo(2.3456789);
    }

    @Test
    void aZoomOutsideTheWebMapsRange_isRefusedNamingIt() {
        assertThatThrownBy(() -> MapGrid.window(WORLD, 23))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("zoom");
    }
}
