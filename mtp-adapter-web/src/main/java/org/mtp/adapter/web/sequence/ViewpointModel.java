package org.mtp.adapter.web.sequence;

/**
 * The viewpoint control of one photo: where its form posts, the form token, whether the viewer may mark it, the count,
 * and the id of the element an htmx answer replaces.
 */
public record ViewpointModel(String action, String csrf, boolean canMark, String count, String elementId) {}
