package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a process committed is kept within its bounds, the later revision of a request winning, a failure forgotten. */
class CommittedRequestsTest {

    private static CommittedRequests.Committed at(int revision, int eventChars) {
        return new CommittedRequests.Committed("SUBMITTED", "PROVIDER_OFFICE", revision, "{}", List.of("x".repeat(eventChars)));
    }

    @Test
    void givesARequestOnlyAtTheRevisionItWasCommittedAt() {
        CommittedRequests committed = new CommittedRequests();
        UUID id = UUID.randomUUID();
        committed.committed(id, at(1, 10));
        assertThat(committed.at(id, 1)).isPresent();
        assertThat(committed.at(id, 2)).isEmpty();
        assertThat(committed.at(UUID.randomUUID(), 1)).isEmpty();
    }

    @Test
    void anEarlierRevisionCommittedLaterDoesNotReplaceALaterOne() {
        CommittedRequests committed = new CommittedRequests();
        UUID id = UUID.randomUUID();
        committed.committed(id, at(3, 10));
        committed.committed(id, at(2, 10));
        assertThat(committed.at(id, 3)).isPresent();
        assertThat(committed.at(id, 2)).isEmpty();
        committed.forget(id);
        assertThat(committed.at(id, 3)).isEmpty();
    }

    @Test
    void keepsAtMostItsCountOfRequestsTheLeastRecentlyUsedGoingFirst() {
        CommittedRequests committed = new CommittedRequests();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        committed.committed(first, at(1, 10));
        committed.committed(second, at(1, 10));
        committed.at(first, 1);
        for (int i = 0; i < CommittedRequests.MAX_REQUESTS - 1; i++) {
            committed.committed(UUID.randomUUID(), at(1, 10));
        }
        assertThat(committed.size()).isEqualTo(CommittedRequests.MAX_REQUESTS);
        assertThat(committed.at(first, 1)).as("used lately").isPresent();
        assertThat(committed.at(second, 1)).as("the least recently used").isEmpty();
    }

    @Test
    void keepsAtMostItsCharactersAndNoRequestTooLargeForThem() {
        CommittedRequests committed = new CommittedRequests();
        int large = (int) (CommittedRequests.MAX_CHARS / 32);
        for (int i = 0; i < 40; i++) {
            committed.committed(UUID.randomUUID(), at(1, large));
        }
        assertThat(committed.size()).as("about 32 of them fit").isBetween(30, 32);
        UUID huge = UUID.randomUUID();
        committed.committed(huge, at(1, (int) (CommittedRequests.MAX_CHARS / 8)));
        assertThat(committed.at(huge, 1)).isEmpty();
    }
}
