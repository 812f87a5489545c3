package org.mtp.application.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Test executor for background work: runs each task at once on the caller's thread, or, while held, keeps the tasks
 * until {@link #release}, so a test sees the state in between; {@link #refuse} makes it refuse as a full queue does.
 */
public final class HeldExecutor implements Executor {

    private final Deque<Runnable> held = new ArrayDeque<>();
    private boolean holding;
    private boolean refusing;

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (refusing) {
                throw new RejectedExecutionException("test: the queue is full");
            }
            if (holding) {
                held.add(task);
                return;
            }
        }
        task.run();
    }

    public synchronized void hold() {
        holding = true;
    }

    public synchronized void refuse() {
        refusing = true;
    }

    /** Runs the held tasks in order on this thread, and every later one at once. */
    public void release() {
        while (true) {
            Runnable next;
            synchronized (this) {
                holding = false;
                next = held.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }
}
