package org.mtp.adapter.web.manage;

/**
 * The confirmation before deleting a sequence or draft: its name, what deleting does, where the form posts, where
 * "Cancel" leads, and the form token.
 */
public record DeleteModel(String name, String warning, String action, String cancelUrl, String csrf) {}
