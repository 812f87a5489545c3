package org.mtp.adapter.web.challenge;

/** A challenge in a list: its name and link, owner, state and window in UTC. */
public record ChallengeCard(String url, String name, String owner, String ownerUrl, String state, String window) {}
