package org.mtp.adapter.web.tour;

import java.util.List;
import java.util.TreeSet;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.domain.user.Username;

/**
 * The tags a tour form suggests: those on the person's latest published sequences, alphabetical, so that a tour is
 * tagged the way its sequences are (one query; there is no store-wide tag list).
 */
final class TagSuggestions {

    static final int SEQUENCES_READ = 100;
    static final int MAX = 30;

    private final SearchSequencesUseCase search;

    TagSuggestions(SearchSequencesUseCase search) {
        this.search = search;
    }

    List<String> of(Username person) {
        TreeSet<String> tags = new TreeSet<>();
        for (SequenceSummary s : search.search(
                        SearchSequencesUseCase.Query.latestBy(person, PageRequest.first(SEQUENCES_READ)))
                .items()) {
            tags.addAll(s.details().tags().names());
        }
        return tags.stream().limit(MAX).toList();
    }
}
