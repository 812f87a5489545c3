package org.mtp.adapter.web.manage;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.TransportChoices;

/**
 * The edit form of a sequence: its current name (the heading), its page (to cancel), where the form posts, the form
 * with what was typed and its errors, the transport types grouped under their parents and the tags suggested.
 */
public record EditModel(
        String sequenceName,
        String sequenceUrl,
        String action,
        FormModel form,
        TransportChoices transports,
        List<String> tagSuggestions) {}
