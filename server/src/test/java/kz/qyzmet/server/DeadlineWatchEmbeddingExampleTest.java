package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import kz.qyzmet.application.request.port.in.WatchDeadlinesUseCase;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;

/** The README's example of running the deadline watch from an embedding application, kept runnable. */
class DeadlineWatchEmbeddingExampleTest {

    @Test
    void readmeExample() {
        // README snippet start
        Qyzmet qyzmet = Qyzmet.builder().build();
        WatchDeadlinesUseCase.WatchReport report = qyzmet.requests().deadlineWatch().watch();
        // report.atRisk(), report.overdue(), report.returned(), report.deferred()
        // README snippet end
        assertThat(report).isEqualTo(new WatchDeadlinesUseCase.WatchReport(0, 0, 0, 0, 0));
        qyzmet.close();
    }
}
