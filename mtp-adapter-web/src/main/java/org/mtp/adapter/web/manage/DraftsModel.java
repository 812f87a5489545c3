package org.mtp.adapter.web.manage;

import java.util.List;

/** The drafts page: one page of drafts, a notice after a deletion (or null), and the links to other pages. */
public record DraftsModel(List<Row> drafts, String notice, String firstUrl, String nextUrl) {

    /** One draft: its name and page, when it was created, what it lacks, where to finish and delete it. */
    public record Row(
            String name,
            String url,
            String createdText,
            String createdIso,
            String missing,
            String finishUrl,
            String deleteUrl) {}
}
