package kz.qyzmet.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.DocumentData;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.Signing;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.out.IdempotencyRecord;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelNotOfferedException;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/**
 * A submission under an idempotency key goes to the store without asking for the key first; the store's refusal of a
 * key already taken is what turns it into a retry (the stored request) or a conflict (another body), as before.
 */
class IdempotentSubmissionTest {

    private static final String APPLICANT = "061211600012";
    private static final ActingUser OFFICER = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);

    private final AtomicInteger lookups = new AtomicInteger();
    private final PortsInMemory ports = new PortsInMemory(new RequestsInMemory() {
        @Override
        public synchronized Optional<IdempotencyRecord> findByIdempotencyKey(String account, String key) {
            lookups.incrementAndGet();
            return super.findByIdempotencyKey(account, key);
        }
    });

    private static SubmitRequestCommand submission(ActingUser by, String key, String... documents) {
        return new SubmitRequestCommand(by, "803005", Channel.PROVIDER_OFFICE, "school-1", APPLICANT, null,
                List.of(documents).stream().map(code -> new DocumentData(code, null)).toList(), true, null, key);
    }

    @Test
    void aNewKeyIsNotLookedUpAndARetryIsFoundThroughTheTakenKey() {
        RequestView first = ports.requests.submitting().submit(submission(OFFICER, "insert-first-1", "application"));
        assertThat(lookups).as("a new key: stored without a lookup").hasValue(0);

        RequestView again = ports.requests.submitting().submit(submission(OFFICER, "insert-first-1", "application"));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(lookups).as("the retry, refused by the store, looks its key up once").hasValue(1);
        assertThat(ports.published).as("published once").hasSize(1);
        assertThatThrownBy(() -> ports.requests.submitting().submit(submission(OFFICER, "insert-first-1", "application", "identity-document")))
                .isInstanceOf(IdempotencyConflictException.class);
    }

    @Test
    void anElectronicSubmissionsKeyIsLookedUpBeforeItsChecks() {
        // its checks would take the signature or use up a one-time password, which a retry must not reach; the test
        // catalog offers no service on the portal, so the checks refuse it, and only after the lookup
        ActingUser applicant = new ActingUser("citizen", Role.APPLICANT, null, APPLICANT);
        SubmitRequestCommand signed = new SubmitRequestCommand(applicant, "803005", Channel.EGOV_PORTAL, "school-1", APPLICANT, null,
                List.of(new DocumentData("application", null)), true, new Signing.DigitalSignature(new byte[] {1}, new byte[] {2}), "signed-1");
        assertThatThrownBy(() -> ports.requests.submitting().submit(signed)).isInstanceOf(ChannelNotOfferedException.class);
        assertThat(lookups).as("looked up before the checks, and again after their refusal").hasValue(2);
    }

    @Test
    void aRetryThatACheckRefusesNowIsAnsweredAsBeforeTheChecks() {
        ports.requests.submitting().submit(submission(OFFICER, "insert-first-2", "application"));
        // the same account ("clerk", the fingerprint's) now staff of another school: may not hand in to school-1, and does
        // not see its request; answered as the key's conflict, as when the key was looked up before the checks
        ActingUser moved = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-2", null);
        assertThatThrownBy(() -> ports.requests.submitting().submit(submission(moved, "insert-first-2", "application")))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThatThrownBy(() -> ports.requests.submitting().submit(submission(moved, "insert-first-3", "application")))
                .as("a new key: the check's own refusal").isInstanceOf(ForbiddenActionException.class);
    }

    @Test
    void retriesRacingUnderOneKeyAllGetTheOneStoredRequest() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                String key = "insert-first-race-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<RequestId>> answers = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return ports.requests.submitting().submit(submission(OFFICER, key, "application")).id();
                    }));
                }
                start.countDown();
                List<RequestId> ids = new ArrayList<>();
                for (Future<RequestId> answer : answers) {
                    ids.add(answer.get(10, TimeUnit.SECONDS));
                }
                RequestId stored = ports.repository.findByIdempotencyKey("clerk", key).orElseThrow().request();
                assertThat(ids).as("round %d: every caller answered with the request stored under the key", round).containsOnly(stored);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ports.published).as("one request stored and published per key").hasSize(20);
    }
}
