package org.mtp.adapter.web.search;

import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.web.page.Texts;
import org.mtp.adapter.web.page.TransportChoices.Option;
import org.mtp.application.model.page.PageRequest;
import org.mtp.application.port.in.challenge.ChallengeView;
import org.mtp.application.port.in.challenge.GetChallengeUseCase;
import org.mtp.application.port.in.challenge.ListChallengesUseCase;
import org.mtp.application.port.in.common.NotFoundException;
import org.mtp.domain.challenge.ChallengeId;

/**
 * The search's challenge filter as a choice by name: "any", then the newest challenges with their state, and the one
 * chosen in the address even when it is older than those listed.
 */
final class ChallengeChoices {

    static final int LISTED = 100;

    private final ListChallengesUseCase list;
    private final GetChallengeUseCase get;

    ChallengeChoices(ListChallengesUseCase list, GetChallengeUseCase get) {
        this.list = list;
        this.get = get;
    }

    List<Option> of(ChallengeId chosen) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", Texts.ANY_CHALLENGE, chosen == null));
        boolean listed = false;
        for (ChallengeView view : list.list(null, PageRequest.first(LISTED)).items()) {
            boolean selected = view.challenge().id().equals(chosen);
            listed |= selected;
            options.add(option(view, selected));
        }
        if (chosen != null && !listed) {
            try {
                options.add(1, option(get.get(chosen), true));
            } catch (NotFoundException unknown) {
                // the search answers that the challenge does not exist
            }
        }
        return options;
    }

    private static Option option(ChallengeView view, boolean selected) {
        return new Option(
                view.challenge().id().toString(),
                view.challenge().settings().name() + " (" + Texts.state(view.status()) + ")",
                selected);
    }
}
