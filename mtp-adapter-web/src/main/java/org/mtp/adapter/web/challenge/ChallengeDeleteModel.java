package org.mtp.adapter.web.challenge;

/** The page that asks before a challenge is deleted: its name, the form's address and token, and the way back. */
public record ChallengeDeleteModel(String name, String action, String csrf, String backUrl) {}
