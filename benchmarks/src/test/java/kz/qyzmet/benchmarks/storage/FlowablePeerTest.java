package kz.qyzmet.benchmarks.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Flowable peer does the work it is compared for: on its H2 file store, the trial's setup (which fails
 * unless an operation leaves a finished process instance and a finished task in the audit history) passes,
 * each operation starts a new process instance, and closing deletes what the trial created.
 */
class FlowablePeerTest {

    @Test
    void anOperationStartsAndFinishesAProcessInstanceWithItsTask() {
        FlowableBenchmark peer = new FlowableBenchmark();
        peer.store = "h2";
        peer.open();
        try {
            String completed = peer.startAndComplete();
            String started = peer.startOnly();
            assertThat(completed).isNotBlank().isNotEqualTo(started);
        } finally {
            peer.close();
        }
    }
}
