package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import org.junit.jupiter.api.Test;

/** A broken rule says its field and its rule as values, not only in its message. */
class RuleViolationTest {

    private static final Iin APPLICANT = Iin.of("061211600012");

    @Test
    void aRepresentativeWhoIsTheApplicantBreaksDifferentPerson() {
        RuleViolation broken = catchThrowableOfType(RuleViolation.class,
                () -> new Applicant(APPLICANT, new Representative(APPLICANT, "POA-1")));
        assertThat(broken.field()).isEqualTo("representative.iin");
        assertThat(broken.rule()).isEqualTo("differentPerson");
        assertThat(broken).hasMessage("representative.iin: a representative is another person than the applicant");
    }

    @Test
    void aPowerOfAttorneyThatIsNoRegistryNumberBreaksFormat() {
        RuleViolation broken = catchThrowableOfType(RuleViolation.class, () -> new Representative(Iin.of("850312100109"), "POA 17 !"));
        assertThat(broken.field()).isEqualTo("representative.powerOfAttorney");
        assertThat(broken.rule()).isEqualTo("format");
    }

    @Test
    void aRefusalWithoutGroundsOrWithAGroundTheStandardLacksNamesTheGrounds() {
        ServiceRequest request = RequestFixtures.inStatus(RequestStatus.IN_REVIEW, Channel.PROVIDER_OFFICE);
        Instant later = RequestFixtures.MONDAY_10.plusSeconds(86_400 * 3);
        RuleViolation none = catchThrowableOfType(RuleViolation.class,
                () -> request.refuse(RequestFixtures.EXECUTOR, later, RequestFixtures.version(), List.of(), "no reason"));
        assertThat(List.of(none.field(), none.rule())).containsExactly("grounds", "required");
        RuleViolation unknown = catchThrowableOfType(RuleViolation.class, () -> request.refuse(RequestFixtures.EXECUTOR, later,
                RequestFixtures.version(), List.of(CatalogCode.of("class-overfilled")), "full"));
        assertThat(List.of(unknown.field(), unknown.rule())).containsExactly("grounds", "ground");
        assertThat(request.status()).isEqualTo(RequestStatus.IN_REVIEW);
    }
}
