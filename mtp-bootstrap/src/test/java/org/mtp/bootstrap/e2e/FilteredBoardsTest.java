package org.mtp.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtp.domain.leaderboard.LeaderboardMetric;

/**
 * Filtered boards over HTTP on H2 and PostgreSQL: two values of each filter that the boards read from their cells,
 * asked in turn, each answer their own board, and every distance on a board is, in whole metres, the sum of that user's
 * sequences that the search finds with the same filters.
 */
class FilteredBoardsTest {

    /** Two values of each filter shape read from the cells: a child type, a make, a model, a month, a date range. */
    private static final List<List<BoardFilter>> PAIRS = List.of(
            List.of(BoardFilter.transport("Kayak"), BoardFilter.transport("Walk")),
            List.of(BoardFilter.make("Ricoh"), BoardFilter.make("Samsung")),
            List.of(BoardFilter.model("THETA Z1"), BoardFilter.model("GR III")),
            List.of(BoardFilter.month("2023-03"), BoardFilter.month("2024-07")),
            List.of(BoardFilter.between("2023-07-01", "2024-03-31"), BoardFilter.between("2024-03-01", "2024-07-31")));

    @TempDir
    Path data;

    private BoardsWorld world;

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    @ParameterizedTest
    @EnumSource(BoardsWorld.Database.class)
    void twoValuesOfEachFilter_askedInTurn_answerEachItsOwnBoard(BoardsWorld.Database database) {
        world = new BoardsWorld(database, data);
        SoftAssertions softly = new SoftAssertions();

        for (LeaderboardMetric metric : LeaderboardMetric.values()) {
            for (List<BoardFilter> pair : PAIRS) {
                // A stale answer repeats the value asked just before: only boards that differ can show it.
                assertThat(world.expected(metric, pair.get(0)))
                        .as("%s boards of %s", metric, pair)
                        .isNotEmpty()
                        .isNotEqualTo(world.expected(metric, pair.get(1)));
                for (BoardFilter asked : List.of(pair.get(0), pair.get(1), pair.get(0), pair.get(1))) {
                    softly.assertThat(world.board(metric, asked))
                            .as("%s board of %s, of the pair %s read A, B, A, B", metric, asked, pair)
                            .isEqualTo(world.expected(metric, asked));
                }
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(BoardsWorld.Database.class)
    void eachDistanceOnABoard_isTheWholeMetresOfThatUsersSequencesFoundWithItsFilters(BoardsWorld.Database database) {
        world = new BoardsWorld(database, data);
        List<BoardFilter> filters = new ArrayList<>(List.of(BoardFilter.none(), BoardFilter.transport("Water")));
        PAIRS.forEach(filters::addAll);

        for (BoardFilter filter : filters) {
            List<BoardRow> rows = world.board(LeaderboardMetric.DISTANCE, filter);
            assertThat(rows).as("distance board of %s", filter).isNotEmpty();
            for (BoardRow row : rows) {
                long searched = world.search(row.username(), filter).stream()
                        .mapToLong(sequence -> BoardRow.metres(sequence.get("distance_km")))
                        .sum();
                assertThat(row.metres())
                        .as("%s's metres on the distance board of %s", row.username(), filter)
                        .isEqualTo(searched);
            }
        }
    }
}
