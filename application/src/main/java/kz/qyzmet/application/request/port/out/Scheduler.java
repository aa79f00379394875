package kz.qyzmet.application.request.port.out;

import java.time.Duration;

/**
 * Port out: runs a job periodically (the deadline watch). The bundled server's adapter uses a scheduled
 * executor; an embedding application may hand the job to its own scheduler instead.
 */
public interface Scheduler {

    /**
     * Runs {@code job} every {@code period}, the first time after one period; the runs of one job do not overlap
     * (the deadline watch must not raise a warning twice). A run that throws is logged by the adapter and does not
     * stop the next ones. A missing, zero or negative period and a missing job are refused naming them.
     */
    void every(Duration period, Runnable job);
}
