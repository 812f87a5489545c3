package org.mtp.adapter.web.challenge;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.TransportChoices;
import org.mtp.adapter.web.page.TransportChoices.Option;

/**
 * The form that creates or edits a challenge: its heading, where it posts, its button, where "back" goes, the fields as
 * typed (with their errors), the transport types grouped under their parents, and the metrics.
 */
public record ChallengeFormModel(
        String heading,
        String action,
        String submitLabel,
        String backUrl,
        FormModel form,
        TransportChoices transports,
        List<Option> metrics) {}
