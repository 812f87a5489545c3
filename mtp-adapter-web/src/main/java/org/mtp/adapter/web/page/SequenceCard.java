package org.mtp.adapter.web.page;

import java.util.List;
import org.mtp.application.model.sequence.SequenceSummary;

/** A sequence in a list: its name and link, owner, figures and tags, ready to show. */
public record SequenceCard(
        String url,
        String name,
        String owner,
        String ownerUrl,
        String photos,
        String distance,
        String likes,
        String capturedText,
        String capturedIso,
        List<String> tags) {

    public static SequenceCard of(SequenceSummary s) {
        return new SequenceCard(
                Paths.sequence(s.id().toString()),
                s.details().name(),
                s.ownerName().value(),
                Paths.user(s.ownerName().value()),
                Texts.photoCount(s.photoCount()),
                Formats.km(s.distance()),
                Texts.likeCount(s.likeCount()),
                Formats.utc(s.capturedAt()),
                Formats.iso(s.capturedAt()),
                s.details().tags().names());
    }
}
