package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import org.junit.jupiter.api.Test;

/** Intake policies compose: the reasons of every one, in their order; none means the request may be accepted. */
class IntakePolicyTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 14);

    @Test
    void theReasonsOfEveryPolicyCountInTheirOrder() {
        ServiceRequest request = RequestFixtures.submitted(Channel.PROVIDER_OFFICE);
        IntakeRefusalReason consent = new IntakeRefusalReason.NoPersonalDataConsent();
        IntakeRefusalReason attorney = new IntakeRefusalReason.PowerOfAttorneyNotConfirmed("POA-1");
        IntakeRefusalReason expired = new IntakeRefusalReason.ExpiredDocument(CatalogCode.of("identity-document"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1));
        IntakePolicy all = IntakePolicy.allOf(List.of((r, v, d) -> List.of(consent), IntakePolicy.NONE,
                (r, v, d) -> List.of(attorney, expired)));
        assertThat(all.reasonsToRefuse(request, RequestFixtures.version(), DAY)).containsExactly(consent, attorney, expired);
        assertThat(IntakePolicy.allOf(List.of(IntakePolicy.NONE)).reasonsToRefuse(request, RequestFixtures.version(), DAY)).isEmpty();
    }
}
