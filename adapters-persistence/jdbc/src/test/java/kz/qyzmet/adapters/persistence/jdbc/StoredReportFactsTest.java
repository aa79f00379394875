package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.report.ReportFacts.Kind;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.Stage;
import org.junit.jupiter.api.Test;

/**
 * The stored form of the report facts reads back exactly what was written — instants to the nanosecond (before 1970
 * too), keys holding the form's own separators, steps with and without a stage — and a row holding another form, or
 * none, reads as having no facts, while a row of this form that does not read is an error naming the row.
 */
class StoredReportFactsTest {

    private static final Instant RECEIVED = Instant.parse("2025-04-14T05:00:00.123456789Z");

    private static ReportFacts facts(List<ReportFacts.Event> events) {
        return new ReportFacts(ProviderId.of("school-1"), ServiceId.of("education-document-duplicate"), Channel.STATE_CORPORATION, RECEIVED, events);
    }

    private static Optional<ReportFacts> read(String text) {
        return StoredReportFacts.read("row-1", text, ProviderId.of("school-1"), ServiceId.of("education-document-duplicate"),
                Channel.STATE_CORPORATION);
    }

    @Test
    void everyFactReadsBackAsItWasWritten() {
        ReportFacts.Acceptance acceptance = new ReportFacts.Acceptance(Instant.parse("2025-04-14T05:00:01Z"), Instant.parse("2025-05-05T13:00:00Z"),
                List.of(new ReportFacts.Step(Role.STATE_CORPORATION_OPERATOR, Optional.of(Stage.INTAKE), Instant.parse("2025-04-14T13:00:00.5Z")),
                        new ReportFacts.Step(Role.APPLICANT, Optional.empty(), Instant.ofEpochSecond(-86_400, 7))));
        ReportFacts facts = facts(List.of(
                new ReportFacts.Event(Kind.STATUS_CHANGED, RECEIVED, RequestStatus.SUBMITTED, List.of(), null),
                new ReportFacts.Event(Kind.ACCEPTED, RECEIVED.plusSeconds(1), RequestStatus.ACCEPTED, List.of(), acceptance),
                new ReportFacts.Event(Kind.REFUSED, Instant.parse("2025-04-20T00:00:00Z"), RequestStatus.REFUSED,
                        List.of("12.3", "a;b,c|d/e%f", "%25 already escaped"), null),
                new ReportFacts.Event(Kind.ISSUED, Instant.ofEpochSecond(1_750_000_000L, 999_999_999), RequestStatus.ISSUED, List.of(), null)));

        String text = StoredReportFacts.write(facts);

        assertThat(text).startsWith(StoredReportFacts.FORMAT + ";");
        assertThat(read(text)).contains(facts);
        ReportFacts none = facts(List.of());
        assertThat(read(StoredReportFacts.write(none))).contains(none);
    }

    @Test
    void aRowWithoutFactsOfThisFormHasNone() {
        assertThat(read(null)).isEmpty();
        assertThat(read("2;1744606800;whatever a later form holds")).isEmpty();
        assertThat(read("")).isEmpty();
    }

    @Test
    void factsOfThisFormThatDoNotReadAreAnErrorNamingTheRow() {
        assertThatThrownBy(() -> read(StoredReportFacts.FORMAT + ";1744606800;ISSUED,x,ISSUED,,"))
                .isInstanceOf(StoredDataException.class).hasMessageContaining("row-1").hasMessageContaining("report facts");
        assertThatThrownBy(() -> read(StoredReportFacts.FORMAT + ";1744606800;NO_SUCH_KIND,1744606800,ISSUED,,"))
                .isInstanceOf(StoredDataException.class).hasMessageContaining("row-1");
        assertThatThrownBy(() -> read(StoredReportFacts.FORMAT + ";1744606800;ISSUED,1744606800,ISSUED"))
                .isInstanceOf(StoredDataException.class).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> read(StoredReportFacts.FORMAT + ";1744606800;ISSUED,1744606800,ISSUED,,1744606800|1744606800"))
                .as("an acceptance's facts on another kind").isInstanceOf(StoredDataException.class).hasMessageContaining("acceptance");
        String accepted = StoredReportFacts.FORMAT + ";1744606800;ACCEPTED,1744606800,ACCEPTED,,1744606800|1744693200";
        assertThat(read(accepted)).isPresent();
        assertThatThrownBy(() -> read(accepted + "|HEAD/1744650000")).as("a step of two fields")
                .isInstanceOf(StoredDataException.class).hasMessageContaining("3 fields");
        assertThatThrownBy(() -> read(accepted + "|HEAD/-/1744650000/x")).as("a step of four fields")
                .isInstanceOf(StoredDataException.class).hasMessageContaining("3 fields");
        assertThatThrownBy(() -> read(accepted + "|")).as("an empty step").isInstanceOf(StoredDataException.class);
        assertThatThrownBy(() -> read(StoredReportFacts.FORMAT + ";1744606800;ACCEPTED,1744606800,ACCEPTED,,1744606800"))
                .as("an acceptance without its deadline").isInstanceOf(StoredDataException.class);
        assertThatThrownBy(() -> read(accepted + ";")).as("an empty event").isInstanceOf(StoredDataException.class).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> read(StoredReportFacts.FORMAT + ";1744606800;ISSUED,1744606800,ISSUED,,,"))
                .as("six fields").isInstanceOf(StoredDataException.class).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> read(StoredReportFacts.FORMAT + ";1744606800.5;ISSUED,1744606800,ISSUED,,"))
                .isInstanceOf(StoredDataException.class).hasMessageContaining("9 digits");
        assertThatThrownBy(() -> read(StoredReportFacts.FORMAT + ";1744606800;REFUSED,1744606800,REFUSED,a||b,"))
                .as("a blank key").isInstanceOf(StoredDataException.class).hasMessageContaining("blank");
    }
}
