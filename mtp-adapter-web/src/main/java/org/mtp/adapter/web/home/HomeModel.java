package org.mtp.adapter.web.home;

import java.util.List;
import org.mtp.adapter.web.page.SequenceCard;

/**
 * The home page: the map's first view and its data's address, and beside it a page of the latest published sequences
 * (in the map's area when one is given, {@code area} then its text) with the link to the next page, or null.
 */
public record HomeModel(
        String bounds, String mapData, String area, List<SequenceCard> sequences, String nextUrl, boolean anyAtAll) {}
