package org.mtp.adapter.web.account;

import java.util.List;
import org.mtp.adapter.web.page.FormModel;

/**
 * The account page: the person's sessions and tokens with their revoke forms, the password form (with its errors when
 * it was refused), a notice after a change, and the connected Mapillary account (null when none).
 */
public record AccountModel(
        String username,
        List<TokenRow> tokens,
        String csrf,
        FormModel password,
        String notice,
        String mapillaryUsername,
        String mapillarySince) {

    /** One session or token: who holds it, what it may do, since when, and where its revoke form posts. */
    public record TokenRow(
            String client, String scope, String createdText, String createdIso, boolean current, String revokeUrl) {}
}
