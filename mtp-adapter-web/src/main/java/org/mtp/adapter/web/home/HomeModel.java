package org.mtp.adapter.web.home;

import java.util.List;
import org.mtp.adapter.web.page.SequenceCard;

/** The home page: a page of the latest published sequences and the link to the next page, or null. */
public record HomeModel(List<SequenceCard> sequences, String nextUrl) {}
