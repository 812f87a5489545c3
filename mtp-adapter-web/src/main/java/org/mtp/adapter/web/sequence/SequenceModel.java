package org.mtp.adapter.web.sequence;

import java.util.List;

/**
 * The sequence page: metadata, the track's data for the map (its GeoJSON URL and bounds as {@code south,west,north,
 * east}, or null without photos), downloads, the like control, one page of photos with the links to the others, for its
 * owner the links to edit and delete it (else null), and for the owner of a published sequence the "Add to tour"
 * control ({@code addToTour}, else null).
 */
public record SequenceModel(
        String name,
        String description,
        String owner,
        String ownerUrl,
        String transport,
        List<String> tags,
        String capturedText,
        String capturedIso,
        String camera,
        String distance,
        String photos,
        boolean draft,
        String geoJsonUrl,
        String gpxUrl,
        String bounds,
        LikeModel like,
        boolean signInHint,
        List<PhotoRow> photoRows,
        int firstNumber,
        String pageText,
        String previousUrl,
        String nextUrl,
        String editUrl,
        String deleteUrl,
        AddToTourModel addToTour) {}
