package org.mtp.adapter.web.importing;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;
import org.mtp.adapter.web.page.TransportChoices;

/**
 * The metadata form of one Mapillary sequence to import (seed step 2.4): name, description, transport type, tags with
 * suggestions, and a trouble that stopped the import, with a reconnect link when that helps.
 */
public record ImportFormModel(
        String key,
        String action,
        FormModel form,
        TransportChoices transports,
        List<String> tagSuggestions,
        String reconnectUrl) {}
