package org.mtp.application.port.out.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtp.application.model.map.MapGrid;
import org.mtp.application.model.map.MapMarker;
import org.mtp.application.model.map.MapPoint;
import org.mtp.application.port.out.sequence.StoreContractSupport;
import org.mtp.domain.TestSequences;
import org.mtp.domain.geo.BoundingBox;
import org.mtp.domain.geo.GeoPoint;
import org.mtp.domain.sequence.Sequence;
import org.mtp.domain.user.UserId;

/**
 * Contract of {@link SequenceMapReader}: published sequences, and only those, are grouped by the grid cell of the
 * centre of their bounds, on the kept coarse levels and the finer ones alike; every implementation runs these tests.
 */
public abstract class SequenceMapReaderContract extends StoreContractSupport {

    private static final BoundingBox WORLD = new BoundingBox(-180, -90, 180, 90);

    private Sequence publishedAt(UserId owner, String name, double lon, double lat) {
        return stored(TestSequences.aSequence()
                .owner(owner)
                .name(name)
                .points(GeoPoint.of(lon, lat), GeoPoint.of(lon + 0.002, lat + 0.002))
                .build());
    }

    private List<MapMarker> markers(BoundingBox view, int zoom) {
        return tx(() -> world.sequenceMap().markers(MapGrid.window(view, zoom)));
    }

    @Test
    void aViewOfTheWorld_groupsTheSequencesOfACityIntoOneCluster_andShowsALoneOneByName() {
        UserId owner = user("owner");
        Sequence louvre = publishedAt(owner, "Louvre", 2.335, 48.860);
        Sequence bastille = publishedAt(owner, "Bastille", 2.369, 48.853);
        Sequence sydney = publishedAt(owner, "Opera", 151.214, -33.857);
        stored(TestSequences.aSequence().owner(owner).buildDraft());

        List<MapMarker> markers = markers(WORLD, 2);

        MapPoint a = MapPoint.centreOf(louvre.bounds().orElseThrow());
        MapPoint b = MapPoint.centreOf(bastille.bounds().orElseThrow());
        MapPoint c = MapPoint.centreOf(sydney.bounds().orElseThrow());
        assertThat(markers)
                .containsExactly(
                        new MapMarker(
                                MapGrid.atLevel(a.column(), 2),
                                MapGrid.atLevel(a.row(), 2),
                                2,
                                a.lonE7() + b.lonE7(),
                                a.latE7() + b.latE7(),
                                null,
                                null),
                        new MapMarker(
                                MapGrid.atLevel(c.column(), 2),
                                MapGrid.atLevel(c.row(), 2),
                                1,
                                c.lonE7(),
                                c.latE7(),
                                sydney.id(),
                                "Opera"));
    }

    @Test
    void aStreetView_separatesWhatTheWorldViewGroups() {
        UserId owner = user("owner");
        publishedAt(owner, "Louvre", 2.335, 48.860);
        publishedAt(owner, "Bastille", 2.369, 48.853);

        assertThat(markers(new BoundingBox(2.30, 48.82, 2.40, 48.92), 15))
                .extracting(MapMarker::name)
                .containsExactlyInAnyOrder("Louvre", "Bastille");
        assertThat(markers(new BoundingBox(2.30, 48.82, 2.40, 48.92), 8))
                .singleElement()
                .extracting(MapMarker::count)
                .isEqualTo(2L);
    }

    @Test
    void aDeletedSequenceLeavesTheMap_andTheCellItSharedNamesTheOneLeft() {
        UserId owner = user("owner");
        Sequence louvre = publishedAt(owner, "Louvre", 2.335, 48.860);
        publishedAt(owner, "Bastille", 2.369, 48.853);

        run(() -> delete(louvre.id()));

        BoundingBox paris = new BoundingBox(2.30, 48.82, 2.40, 48.92);
        for (BoundingBox view : List.of(WORLD, paris)) {
            for (int zoom : new int[] {0, 5, 10, 11, 16}) {
                assertThat(markers(view, zoom)).singleElement().satisfies(m -> {
                    assertThat(m.count()).isEqualTo(1);
                    assertThat(m.name()).isEqualTo("Bastille");
                });
            }
        }
    }

    @Test
    void aViewOutsideEverySequence_isEmpty_andSoIsAnEmptyStore() {
        assertThat(markers(WORLD, 0)).isEmpty();
        publishedAt(user("owner"), "Louvre", 2.335, 48.860);

        assertThat(markers(new BoundingBox(-75, 40, -73, 41), 9)).isEmpty();
        assertThat(markers(new BoundingBox(-75, 40, -73, 41), 14)).isEmpty();
    }

    @Test
    void theEdgesOfTheWorld_areOnTheMap() {
        UserId owner = user("owner");
        publishedAt(owner, "East", 179.997, 89.997);
        publishedAt(owner, "West", -180, -90);

        assertThat(markers(WORLD, 0)).extracting(MapMarker::name).containsExactly("West", "East");
        assertThat(markers(new BoundingBox(179.99, 89.99, 180, 90), 22))
                .extracting(MapMarker::name)
                .containsExactly("East");
    }
}
