package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.deadline.ExplanationText;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A restored request's deadline explanation is read from its stored text when its lines are first read, not when the
 * request is restored (worklists, reports and the deadline watch restore requests by the thousand and never read it):
 * the request reads back equal to what was stored, explanation included; a stored explanation that breaks a domain rule
 * or names an unknown kind no longer fails the restore but the first read of its lines, naming the event's row; one
 * that is not even well-formed JSON still fails the restore.
 */
class RestoredExplanationTest {

    private static final Instant AT = StoredRequests.thursdayBeforeNauryz();

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private JdbcStorage storage;
    private JdbcRequestRepository requests;
    private ServiceRequest request;

    @BeforeEach
    void store() {
        storage = JdbcStorage.connect(url, "sa", "");
        requests = storage.requests();
        request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, AT, "school-1");
        request.assign(StoredRequests.HEAD, AT.plusSeconds(3_600), UserId.of("teacher-7"));
        request.startReview(kz.qyzmet.domain.request.Actor.staff(UserId.of("teacher-7"), kz.qyzmet.domain.catalog.Role.EXECUTOR,
                ProviderId.of("school-1")), AT.plusSeconds(7_200));
        requests.add(request, null);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void aRestoredRequestEqualsWhatWasStoredExplanationIncluded() {
        ServiceRequest restored = requests.find(request.id()).orElseThrow();

        assertThat(restored.status()).isEqualTo(request.status());
        assertThat(restored.history()).isEqualTo(request.history());
        assertThat(restored.deadline()).isEqualTo(request.deadline());
        assertThat(restored.steps()).isEqualTo(request.steps());
        Explanation stored = request.deadline().orElseThrow().explanation();
        Explanation read = restored.deadline().orElseThrow().explanation();
        assertThat(read.lines()).hasSizeGreaterThan(5).isEqualTo(stored.lines());
        assertThat(read.lines()).hasAtLeastOneElementOfType(Explanation.DaySkipped.class);
        assertThat(read).isEqualTo(stored).hasSameHashCodeAs(stored);
        for (Language language : Language.values()) {
            ExplanationText text = new ExplanationText(language, StoredRequests.ALMATY);
            assertThat(text.render(read)).as(language.name()).isEqualTo(text.render(stored));
        }
    }

    @Test
    void aWorklistRestoresTheSameRequestAsTheRequestItself() {
        List<ServiceRequest> page = requests.find(WorklistCriteria.ofProvider(ProviderId.of("school-1"), Set.of(), 50));

        assertThat(page).hasSize(1);
        assertThat(page.get(0).history()).isEqualTo(request.history());
        assertThat(page.get(0).deadline().orElseThrow().explanation().lines()).isEqualTo(request.deadline().orElseThrow().explanation().lines());
    }

    @Test
    void anExplanationNamingAnUnknownKindFailsWhenItsLinesAreReadNotWhenTheRequestIsRestored() throws SQLException {
        replaceInAcceptance("\"Explanation.RuleApplied\"", "\"Explanation.RuleGuessed\"");

        ServiceRequest restored = requests.find(request.id()).orElseThrow();
        assertThat(restored.status()).isEqualTo(request.status());
        Deadline deadline = restored.deadline().orElseThrow();
        assertThat(deadline.dueAt()).isEqualTo(request.deadline().orElseThrow().dueAt());
        assertThat(deadline.acceptance()).isEqualTo(request.deadline().orElseThrow().acceptance());

        assertThatThrownBy(() -> deadline.explanation().lines())
                .isInstanceOf(StoredDataException.class)
                .hasMessageStartingWith("table request_events, row " + request.id() + "/1: the deadline's explanation cannot be read")
                .hasMessageContaining("Explanation.RuleGuessed");
        assertThatThrownBy(() -> deadline.explanation().lines()).as("a second read fails the same way").isInstanceOf(StoredDataException.class);
    }

    @Test
    void anExplanationBreakingADomainRuleFailsWhenItsLinesAreRead() throws SQLException {
        replaceInAcceptance("{\"days\":15,", "{\"days\":0,");

        Deadline deadline = requests.find(request.id()).orElseThrow().deadline().orElseThrow();

        assertThatThrownBy(() -> deadline.explanation().lines())
                .isInstanceOf(StoredDataException.class)
                .hasMessageStartingWith("table request_events, row " + request.id() + "/1: the deadline's explanation cannot be read")
                .hasMessageContaining("workingDays: must be at least 1, was 0");
    }

    @Test
    void anExplanationThatIsNotWellFormedJsonStillFailsTheRestore() throws SQLException {
        replaceInAcceptance("\"Explanation.RuleApplied\",{", "\"Explanation.RuleApplied\",{{");

        assertThatThrownBy(() -> requests.find(request.id()))
                .isInstanceOf(StoredDataException.class)
                .hasMessageStartingWith("table request_events, row " + request.id() + "/1: the event cannot be read");
    }

    @Test
    void theRestOfTheAcceptanceIsStillReadWhenTheRequestIsRestored() throws SQLException {
        replaceInAcceptance("\"dueAt\":\"", "\"dueAt\":\"not a moment ");

        assertThatThrownBy(() -> requests.find(request.id()))
                .isInstanceOf(StoredDataException.class)
                .hasMessageStartingWith("table request_events, row " + request.id() + "/1: the event cannot be read");
    }

    /** Changes the stored acceptance event (the history's second entry), checking that the change took. */
    private void replaceInAcceptance(String text, String replacement) throws SQLException {
        assertThat(new RequestJson().write(request.history().get(1))).as("the stored acceptance holds " + text).contains(text);
        assertThat(request.history().get(1)).isInstanceOf(RequestEvent.RequestAccepted.class);
        try (Connection connection = storage.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE request_events SET payload = REPLACE(payload, ?, ?) WHERE request_id = ? AND seq = 1")) {
            update.setString(1, text);
            update.setString(2, replacement);
            update.setObject(3, request.id().value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
