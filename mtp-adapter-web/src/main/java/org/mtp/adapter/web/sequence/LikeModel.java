package org.mtp.adapter.web.sequence;

/**
 * The like control of a sequence: where its form posts, the form token, whether the viewer may like it (signed in, not
 * their own), whether they do, and the count.
 */
public record LikeModel(String action, String csrf, boolean canLike, boolean liked, String likes) {}
