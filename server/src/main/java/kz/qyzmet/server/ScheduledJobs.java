package kz.qyzmet.server;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.adapters.persistence.jdbc.JobLock;
import kz.qyzmet.application.request.port.out.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled server's {@link Scheduler}: one daemon thread running the periodic jobs (the deadline watch),
 * a run at a time. A run that throws is logged and the next one runs as planned. {@link #close()} stops the
 * jobs and waits for a running one to finish, so the server closes it before the database. With a
 * {@link JobLock} of a database shared by several server processes, a run happens in one process at a time;
 * the others skip it.
 */
public final class ScheduledJobs implements Scheduler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(job -> {
        Thread thread = new Thread(job, "qyzmet-scheduled-jobs");
        thread.setDaemon(true);
        return thread;
    });

    /** The name under which the scheduled jobs take their lock: the same in every server process. */
    static final String LOCK_NAME = "qyzmet-scheduled-jobs";

    private final JobLock lock;

    /** Jobs that run in this process whatever other processes do (one process on its own database). */
    public ScheduledJobs() {
        this.lock = null;
    }

    /** Jobs that run under the database's job lock, in one of the processes sharing the database at a time. */
    public ScheduledJobs(JobLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock: required");
    }

    @Override
    public void every(Duration period, Runnable job) {
        Objects.requireNonNull(job, "job: required");
        if (period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period: must be positive, was " + period);
        }
        long millis = period.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                if (lock == null) {
                    job.run();
                } else if (!lock.runAlone(LOCK_NAME, job)) {
                    LOG.debug("Scheduled job skipped: another server process is running it");
                }
            } catch (RuntimeException e) {
                LOG.error("A scheduled job failed; it runs again in {}: {}", period, e.getClass().getName());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        // shutdown, not shutdownNow: interrupting a job in the middle of a JDBC call can close the embedded database's files
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("A scheduled job is still running after 30 seconds; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
