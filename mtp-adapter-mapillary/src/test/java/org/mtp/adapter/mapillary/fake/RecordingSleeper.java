package org.mtp.adapter.mapillary.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mtp.adapter.mapillary.http.Sleeper;

/** A sleeper that only writes down how long it was asked to sleep. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
