package org.mtp.domain.leaderboard;

/** An entry with its global competition rank. */
public record RankedRow<T>(int rank, T entry) {}
