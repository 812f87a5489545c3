package org.mtp.adapter.persistence.bench;

import java.util.Locale;

/**
 * Benchmark support: the data set sizes of the persistence benchmark: full (10,000 users, 200,000 published sequences
 * of 5 to 35 photos, about 4 million photos, 500,000 viewpoints and 500,000 likes) and quick, a tenth of it.
 */
public enum BenchmarkSize {
    FULL(10_000, 200_000, 500_000, 500_000),
    QUICK(1_000, 20_000, 50_000, 50_000);

    final int users;
    final int sequences;
    final int viewpoints;
    final int likes;

    BenchmarkSize(int users, int sequences, int viewpoints, int likes) {
        this.users = users;
        this.sequences = sequences;
        this.viewpoints = viewpoints;
        this.likes = likes;
    }

    public static BenchmarkSize of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** Drafts beside the published sequences: one per hundred. */
    int drafts() {
        return sequences / 100;
    }
}
