package org.mtp.adapter.web.page;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.model.sequence.SequenceSummary;
import org.mtp.application.port.in.sequence.SearchSequencesUseCase;
import org.mtp.domain.user.Username;

/**
 * The tags a metadata form (a sequence's, a tour's) suggests: those of the person's own latest published sequences
 * first, then those of the latest published sequences of everyone, at most {@value #MAX} (two indexed pages of the
 * search, no scan of all tags).
 */
public final class TagSuggestions {

    static final int MAX = 50;
    private static final int SEQUENCES_READ = 50;

    private final SearchSequencesUseCase search;

    public TagSuggestions(SearchSequencesUseCase search) {
        this.search = search;
    }

    /** The tags of the person's own latest published sequences, alphabetical: a tour is tagged as its sequences are. */
    public List<String> usedBy(Username person) {
        return sorted(own(person));
    }

    /** The person's own tags first, then everyone's latest: a sequence may take a tag others use. */
    public List<String> forPerson(Username person) {
        Set<String> tags = own(person);
        add(
                tags,
                search.search(SearchSequencesUseCase.Query.latestIn(null, new PageRequest(SEQUENCES_READ, null)))
                        .items());
        return sorted(tags);
    }

    private Set<String> own(Username person) {
        Set<String> tags = new LinkedHashSet<>();
        add(
                tags,
                search.search(SearchSequencesUseCase.Query.latestBy(person, new PageRequest(SEQUENCES_READ, null)))
                        .items());
        return tags;
    }

    private static List<String> sorted(Set<String> tags) {
        return tags.stream().limit(MAX).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static void add(Set<String> tags, List<SequenceSummary> sequences) {
        for (SequenceSummary s : sequences) {
            tags.addAll(s.details().tags().names());
        }
    }
}
