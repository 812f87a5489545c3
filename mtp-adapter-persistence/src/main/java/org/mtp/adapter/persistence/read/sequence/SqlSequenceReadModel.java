package org.mtp.adapter.persistence.read.sequence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mtp.adapter.persistence.read.challenge.CandidatePhotos;
import org.mtp.adapter.persistence.sql.Conditions;
import org.mtp.adapter.persistence.sql.Jdbc;
import org.mtp.adapter.persistence.sql.KeysetCursor;
import org.mtp.application.model.page.Page;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.out.sequence.SequenceQuery;
import org.mtp.application.port.out.sequence.SequenceReadModel;
import org.mtp.application.port.out.sequence.SequenceStamp;
import org.mtp.application.port.out.sequence.StoredSequence;
import org.mtp.domain.challenge.Challenge;
import org.mtp.domain.sequence.ImageKey;
import org.mtp.domain.sequence.Photo;
import org.mtp.domain.sequence.SequenceId;

/**
 * Persistence adapter: sequence search in SQL with keyset pages, and one sequence read whole by
 * {@link StoredSequenceReader}. The order is the sort column descending, then the id descending (unique), and a page is
 * "the first {@code limit} rows after the cursor's row in that order", read along the sort's index; the cursor is
 * {@link KeysetCursor} holding the last row's sort value and id.
 *
 * <p>A challenge criterion cannot be fully stated in SQL: the SQL prefilter (area box, window, filters) selects a
 * superset in the same order, and rows are examined in that order in chunks, their photos loaded in bulk and the
 * domain's {@link Challenge#selects} applied, until the page holds {@code limit} matches and one more is known to
 * exist. The cursor names the last match returned, so the next page resumes right after it: rows between it and the
 * next match were rejected by a deterministic rule and are rejected again, and no match is skipped or repeated.
 */
public final class SqlSequenceReadModel implements SequenceReadModel {

    /** Rows examined per step of a challenge search, per row wanted: most prefiltered rows are matches. */
    private static final int CHALLENGE_CHUNK_PER_ROW = 4;

    private static final int SUMMARY_CHUNK = 500;

    private final Jdbc jdbc;
    private final StoredSequenceReader storedSequences;

    public SqlSequenceReadModel(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.storedSequences = new StoredSequenceReader(jdbc);
    }

    @Override
    public Page<SequenceSummary> search(SequenceQuery query, PageRequest page) {
        SearchOrder order = SearchOrder.of(query.sort());
        KeysetCursor after = page.isFirst() ? null : KeysetCursor.decode(page.cursor(), order.cursorKind(), 2);
        Conditions where = SearchFilters.of(query, jdbc.database());
        String fixed = SearchFilters.fixedIndexColumns(query, order);
        List<SummaryRow> rows = query.challenge() == null
                ? fetch(where, order, fixed, after == null ? null : afterKey(order, after), page.limit() + 1)
                : fetchSelected(
                        query.challenge(),
                        where,
                        order,
                        fixed,
                        after == null ? null : afterKey(order, after),
                        page.limit() + 1);
        boolean more = rows.size() > page.limit();
        List<SummaryRow> items = more ? rows.subList(0, page.limit()) : rows;
        Map<UUID, List<String>> tags = tagsOf(items.stream().map(SummaryRow::id).toList());
        SummaryRow last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page<>(
                items.stream()
                        .map(r -> r.toSummary(tags.getOrDefault(r.id(), List.of())))
                        .toList(),
                more ? KeysetCursor.encode(order.cursorKind(), last.sortValue(order), last.id()) : null);
    }

    @Override
    public Optional<SequenceSummary> summary(SequenceId id) {
        return jdbc.first(
                        "SELECT " + SummaryRow.COLUMNS + " FROM sequences s WHERE s.id = ?", SummaryRow::of, id.value())
                .map(row -> row.toSummary(tagsOf(List.of(row.id())).getOrDefault(row.id(), List.of())));
    }

    /** In chunks of {@value #SUMMARY_CHUNK} ids: one statement for the rows and one for their tags per chunk. */
    @Override
    public Map<SequenceId, SequenceSummary> summaries(Collection<SequenceId> ids) {
        List<UUID> all = ids.stream().map(SequenceId::value).distinct().toList();
        Map<SequenceId, SequenceSummary> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += SUMMARY_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + SUMMARY_CHUNK));
            List<SummaryRow> rows = jdbc.list(
                    "SELECT " + SummaryRow.COLUMNS + " FROM sequences s WHERE s.id IN ("
                            + Conditions.placeholders(chunk.size()) + ")",
                    SummaryRow::of,
                    chunk.toArray());
            Map<UUID, List<String>> tags =
                    tagsOf(rows.stream().map(SummaryRow::id).toList());
            for (SummaryRow row : rows) {
                SequenceSummary summary = row.toSummary(tags.getOrDefault(row.id(), List.of()));
                found.put(summary.id(), summary);
            }
        }
        return found;
    }

    @Override
    public Optional<StoredSequence> view(SequenceId id) {
        return storedSequences.read(id);
    }

    @Override
    public Optional<SequenceStamp> stamp(SequenceId id) {
        return storedSequences.stamp(id);
    }

    @Override
    public boolean hasPhoto(SequenceId id, ImageKey photo) {
        return jdbc.first(
                        "SELECT 1 AS found FROM photos WHERE sequence_id = ? AND image_key = ?",
                        row -> true,
                        id.value(),
                        photo.value())
                .isPresent();
    }

    /** Up to {@code limit} rows after {@code afterKey} (null: from the start), in the sort's order. */
    private List<SummaryRow> fetch(Conditions where, SearchOrder order, String fixed, Object[] afterKey, int limit) {
        Conditions page = where.copy();
        if (afterKey != null) {
            page.and(order.after(), afterKey);
        }
        // The owner's name is looked up for the page's rows only (a sub-select, not a join the planner might hash).
        return jdbc.list(
                "SELECT " + SummaryRow.COLUMNS + " FROM sequences s WHERE " + page.sql() + " ORDER BY "
                        + order.orderBy(fixed) + " LIMIT " + limit,
                SummaryRow::of,
                page.parameters());
    }

    /** Walks the prefiltered rows in order, chunk by chunk, keeping those the challenge selects. */
    private List<SummaryRow> fetchSelected(
            Challenge challenge, Conditions where, SearchOrder order, String fixed, Object[] afterKey, int limit) {
        List<SummaryRow> selected = new ArrayList<>();
        Object[] position = afterKey;
        int chunkSize = CHALLENGE_CHUNK_PER_ROW * limit;
        while (selected.size() < limit) {
            List<SummaryRow> chunk = fetch(where, order, fixed, position, chunkSize);
            Map<UUID, List<Photo>> photos = CandidatePhotos.load(
                    jdbc, chunk.stream().map(SummaryRow::id).toList());
            for (SummaryRow row : chunk) {
                if (selected.size() < limit
                        && challenge.selects(row.candidate(photos.getOrDefault(row.id(), List.of())))) {
                    selected.add(row);
                }
            }
            if (chunk.size() < chunkSize) {
                break;
            }
            SummaryRow last = chunk.get(chunk.size() - 1);
            position = new Object[] {last.sortValue(order), last.sortValue(order), last.id()};
        }
        return selected;
    }

    private static Object[] afterKey(SearchOrder order, KeysetCursor cursor) {
        Object value = order == SearchOrder.LATEST ? cursor.instant(0) : cursor.number(0);
        return new Object[] {value, value, cursor.uuid(1)};
    }

    private Map<UUID, List<String>> tagsOf(List<UUID> sequences) {
        Map<UUID, List<String>> tags = new HashMap<>();
        if (!sequences.isEmpty()) {
            jdbc.forEach(
                    "SELECT sequence_id, tag FROM sequence_tags WHERE sequence_id IN ("
                            + Conditions.placeholders(sequences.size()) + ") ORDER BY sequence_id, position",
                    500,
                    row -> tags.computeIfAbsent(row.uuid("sequence_id"), id -> new ArrayList<>())
                            .add(row.string("tag")),
                    sequences.toArray());
        }
        return tags;
    }
}
