package org.mtp.adapter.web.challenge;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.TransportChoices.Option;

/** The challenges page: the state filter's options, one page of challenges and the paging links. */
public record ChallengesModel(
        FormModel form, List<Option> states, List<ChallengeCard> challenges, String firstUrl, String nextUrl) {

    public boolean refused() {
        return form.hasErrors();
    }
}
