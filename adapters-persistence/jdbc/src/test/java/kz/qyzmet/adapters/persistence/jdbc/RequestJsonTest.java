package kz.qyzmet.adapters.persistence.jdbc;

import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.SchoolGrade;
import kz.qyzmet.domain.request.Submission;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.ServiceRequest;
import org.junit.jupiter.api.Test;

/** Submissions and events survive their JSON form whole, explanations included; bad JSON is refused. */
class RequestJsonTest {

    private final RequestJson json = new RequestJson();

    @Test
    void anAcceptedRequestRoundTrips() throws Exception {
        ServiceRequest request = StoredRequests.accepted(Channel.STATE_CORPORATION, StoredRequests.thursdayBeforeNauryz(), "school-1");
        List<RequestEvent> history = new ArrayList<>();
        for (RequestEvent event : request.history()) {
            String written = json.write(event);
            assertThat(written).doesNotContain("Explanation$Later");
            history.add(json.event(written));
        }
        ServiceRequest restored = ServiceRequest.restore(request.id(), json.submission(json.write(request.submission())), history);
        assertThat(restored.submission()).isEqualTo(request.submission());
        assertThat(restored.history()).isEqualTo(request.history());
        assertThat(restored.deadline()).isEqualTo(request.deadline());
        assertThat(restored.deadline().orElseThrow().explanation().lines()).hasSizeGreaterThan(5);
    }

    @Test
    void whereTheOfficeLiesRoundTripsAndASubmissionStoredBeforeTheFieldReadsAsNotStated() throws Exception {
        Submission plain = StoredRequests.submitted(Channel.STATE_CORPORATION, StoredRequests.thursdayBeforeNauryz(), "school-1").submission();
        Submission away = new Submission(plain.service(), plain.channel(), plain.provider(), plain.applicant(), plain.documents(),
                plain.personalDataConsent(), plain.receivedAt(), OfficeLocation.AWAY_FROM_PROVIDER);
        assertThat(json.submission(json.write(away))).isEqualTo(away);

        String stored = json.write(plain);
        String beforeTheField = stored.replace(",\"filedAt\":null", "").replace("\"filedAt\":null,", "");
        assertThat(beforeTheField).doesNotContain("filedAt");
        assertThat(json.submission(beforeTheField).filedAt()).isNull();
        assertThat(json.submission(beforeTheField)).isEqualTo(plain);
    }

    @Test
    void theGradeAndTheKindOfOfficeRoundTripAndASubmissionStoredBeforeThemReadsAsNotStated() throws Exception {
        Submission plain = StoredRequests.submitted(Channel.STATE_CORPORATION, StoredRequests.thursdayBeforeNauryz(), "school-1").submission();
        Submission stated = new Submission(plain.service(), plain.channel(), plain.provider(), plain.applicant(), plain.documents(),
                plain.personalDataConsent(), plain.receivedAt(), null, SchoolGrade.of(10), OfficeKind.DUTY);
        String written = json.write(stated);
        assertThat(json.submission(written)).isEqualTo(stated);
        assertThat(json.submission(written).grade()).isEqualTo(SchoolGrade.of(10));
        assertThat(json.submission(written).officeKind()).isEqualTo(OfficeKind.DUTY);

        String stored = json.write(plain);
        String beforeTheFields = stored.replace(",\"grade\":null", "").replace(",\"officeKind\":null", "");
        assertThat(beforeTheFields).doesNotContain("grade").doesNotContain("officeKind");
        assertThat(json.submission(beforeTheFields).grade()).isNull();
        assertThat(json.submission(beforeTheFields).officeKind()).isNull();
        assertThat(json.submission(beforeTheFields)).isEqualTo(plain);
    }

    @Test
    void aStoredGradeOutsideOneToElevenIsRefusedNotHalfRead() {
        Submission plain = StoredRequests.submitted(Channel.STATE_CORPORATION, StoredRequests.thursdayBeforeNauryz(), "school-1").submission();
        String stored = json.write(new Submission(plain.service(), plain.channel(), plain.provider(), plain.applicant(), plain.documents(),
                plain.personalDataConsent(), plain.receivedAt(), null, SchoolGrade.of(1), null)).replace("{\"number\":1}", "{\"number\":12}");
        assertThatThrownBy(() -> json.submission(stored)).hasStackTraceContaining("grade: must be from 1 to 11");
    }

    @Test
    void everyIntakeRefusalReasonRoundTrips() throws Exception {
        ServiceRequest request = StoredRequests.refusedAtIntake(StoredRequests.thursdayBeforeNauryz());
        RequestEvent refused = request.history().get(1);
        assertThat(json.event(json.write(refused))).isEqualTo(refused);
    }

    @Test
    void theStoredFormDoesNotDependOnToStringAndKeepsTheWholeIin() {
        ServiceRequest request = StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1");
        assertThat(json.write(request.submission())).contains("061211600012");
    }

    @Test
    void aStoredValueThatBreaksADomainRuleIsRefused() {
        String text = json.write(StoredRequests.submitted(Channel.PROVIDER_OFFICE, StoredRequests.thursdayBeforeNauryz(), "school-1").submission())
                .replace("061211600012", "061211600013");
        assertThatThrownBy(() -> json.submission(text)).hasMessageContaining("iin: check digit");
    }

    @Test
    void aForeignTypeInStoredDataIsRefused() {
        assertThatThrownBy(() -> json.event("{\"@class\":\"java.lang.ProcessBuilder\",\"header\":{}}"))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
}
