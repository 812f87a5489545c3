package org.mtp.adapter.persistence.write.leaderboard;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mtp.adapter.persistence.sql.Jdbc;

/**
 * Persistence adapter: keeps {@code user_totals}, {@code leaderboard_parent_years} and {@code leaderboard_cells}
 * current, in the transaction of the write that changes them (publish, edit of the transport type, delete, viewpoint
 * mark and unmark), by SQL increments that never read a total into Java and write it back.
 *
 * <p>Every total belongs to one user, so every change first locks that user's {@code user_totals} row (on H2 the
 * {@code users} row, since H2's MERGE fails instead of waiting when that row is being inserted concurrently): writers
 * of one user's totals queue there and can never deadlock among the finer rows. Callers hold the sequence row's lock
 * already (see the stores), so the order is always sequence, then user totals, then the finer grains.
 */
public final class LeaderboardTotals {

    private final Jdbc jdbc;
    private final TotalsSql sql;

    public LeaderboardTotals(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.sql = TotalsSql.of(jdbc.database());
    }

    public void add(SequenceShare share) {
        apply(share, deltas(share, 1));
    }

    public void subtract(SequenceShare share) {
        apply(share, deltas(share, -1));
    }

    /** Takes {@code from} out of its grains and puts {@code to} into its grains; both belong to one owner. */
    public void move(SequenceShare from, SequenceShare to) {
        if (!from.owner().equals(to.owner())) {
            throw new IllegalArgumentException("a share moves between grains of one owner only");
        }
        Map<TotalsRow, Delta> deltas = deltas(from, -1);
        deltas(to, 1).forEach((row, delta) -> deltas.merge(row, delta, Delta::plus));
        apply(from, deltas);
    }

    private static Map<TotalsRow, Delta> deltas(SequenceShare s, long sign) {
        Delta delta = new Delta(sign * s.photos(), sign * s.distanceMetres(), sign * s.viewpoints());
        Map<TotalsRow, Delta> rows = new TreeMap<>();
        rows.put(new TotalsRow.User(), delta);
        rows.put(new TotalsRow.ParentYear(s.parent(), LeaderboardParentYearJpaId.ALL_YEARS), delta);
        if (s.capturedAt() != null) {
            rows.put(new TotalsRow.ParentYear(s.parent(), s.captureYear()), delta);
            rows.put(new TotalsRow.ParentYear(LeaderboardParentYearJpaId.ALL_PARENTS, s.captureYear()), delta);
        }
        rows.put(
                new TotalsRow.Cell(s.transportType().name(), s.cameraMakeKey(), s.cameraModelKey(), s.captureMonth()),
                delta);
        return rows;
    }

    private void apply(SequenceShare share, Map<TotalsRow, Delta> deltas) {
        Delta userDelta = deltas.getOrDefault(new TotalsRow.User(), Delta.ZERO);
        if (sql.lockOwner() != null) {
            jdbc.first(sql.lockOwner(), row -> Boolean.TRUE, share.owner());
        }
        // Always first, even unchanged (a move between grains): the lock that queues this user's writers.
        if (userDelta.isTaking()) {
            requireRows(new int[] {jdbc.update(sql.takeFromUser(), userDelta.parameters(share.owner()))});
        } else {
            jdbc.update(sql.addToUser(), userDelta.parameters(share.owner()));
        }
        List<Object[]> addParentYears = new ArrayList<>();
        List<Object[]> takeParentYears = new ArrayList<>();
        List<Object[]> addCells = new ArrayList<>();
        List<Object[]> takeCells = new ArrayList<>();
        deltas.forEach((row, delta) -> {
            if (delta.isZero()) {
                return;
            }
            if (row instanceof TotalsRow.ParentYear p) {
                (delta.isTaking() ? takeParentYears : addParentYears)
                        .add(delta.parameters(p.parent(), p.year(), share.owner()));
            } else if (row instanceof TotalsRow.Cell c) {
                (delta.isTaking() ? takeCells : addCells)
                        .add(delta.parameters(
                                share.owner(), c.transportType(), c.cameraMakeKey(), c.cameraModelKey(), c.month()));
            }
        });
        requireRows(jdbc.batch(sql.takeFromParentYear(), takeParentYears));
        jdbc.batch(sql.addToParentYear(), addParentYears);
        requireRows(jdbc.batch(sql.takeFromCell(), takeCells));
        jdbc.batch(sql.addToCell(), addCells);
    }

    /** Taking back what is not there means the totals lost step with the sequences: fail rather than hide it. */
    private static void requireRows(int[] updated) {
        for (int rows : updated) {
            if (rows != 1 && rows != Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("a leaderboard total to take a share back from is missing");
            }
        }
    }

    /** A change of the three sums; a share is added or taken as a whole, so the signs always agree. */
    record Delta(long photos, long distance, long viewpoints) {
        static final Delta ZERO = new Delta(0, 0, 0);

        Delta plus(Delta other) {
            return new Delta(photos + other.photos, distance + other.distance, viewpoints + other.viewpoints);
        }

        boolean isZero() {
            return photos == 0 && distance == 0 && viewpoints == 0;
        }

        boolean isTaking() {
            return photos <= 0 && distance <= 0 && viewpoints <= 0 && !isZero();
        }

        /** The three sums, then the row's key. */
        Object[] parameters(Object... key) {
            Object[] parameters = new Object[3 + key.length];
            parameters[0] = photos;
            parameters[1] = distance;
            parameters[2] = viewpoints;
            System.arraycopy(key, 0, parameters, 3, key.length);
            return parameters;
        }
    }

    /** One total of the owner, ordered: the user row first, then parent/year rows, then cells. */
    sealed interface TotalsRow extends Comparable<TotalsRow> {

        int rank();

        String sortKey();

        @Override
        default int compareTo(TotalsRow other) {
            int byKind = Integer.compare(rank(), other.rank());
            return byKind != 0 ? byKind : sortKey().compareTo(other.sortKey());
        }

        record User() implements TotalsRow {
            public int rank() {
                return 0;
            }

            public String sortKey() {
                return "";
            }
        }

        record ParentYear(String parent, int year) implements TotalsRow {
            public int rank() {
                return 1;
            }

            public String sortKey() {
                return parent + "/" + year;
            }
        }

        record Cell(String transportType, String cameraMakeKey, String cameraModelKey, int month) implements TotalsRow {
            public int rank() {
                return 2;
            }

            public String sortKey() {
                return transportType + "/" + cameraMakeKey + "/" + cameraModelKey + "/" + month;
            }
        }
    }
}
