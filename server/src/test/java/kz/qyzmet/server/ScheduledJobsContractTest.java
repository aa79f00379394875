package kz.qyzmet.server;

import kz.qyzmet.adapters.persistence.contract.SchedulerContract;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.application.request.port.out.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The scheduler contract on the bundled server's scheduled jobs: in one process, and under a database's job lock. */
class ScheduledJobsContractTest {

    @Nested
    class OnItsOwn extends SchedulerContract {
        @Override
        protected Scheduler newScheduler() {
            return new ScheduledJobs();
        }

        @Override
        protected void stop(Scheduler scheduler) {
            ((ScheduledJobs) scheduler).close();
        }
    }

    @Nested
    class UnderTheJobLockOfADatabase extends SchedulerContract {
        private JdbcStorage storage;

        @Override
        protected Scheduler newScheduler() {
            storage = JdbcStorage.connect("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            return new ScheduledJobs(storage.jobLock());
        }

        @Override
        protected void stop(Scheduler scheduler) {
            ((ScheduledJobs) scheduler).close();
        }

        @AfterEach
        void closeTheDatabase() {
            if (storage != null) {
                storage.close();
            }
        }
    }
}
