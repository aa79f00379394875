package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.IllegalTransitionException;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Camp vouchers (000 annex 5): only the eligible categories of field 8 item 6, each proven by its document,
 * may have one; a request none of whose documents proves a category cannot be approved and is refused
 * citing "not-eligible-category".
 */
class CampVoucherTest {

    private static RequestView inReview(ScenarioWorld world, String... documents) {
        var requests = world.qyzmet.requests();
        RequestView request = world.submit(OFFICER, "camp-voucher", Channel.PROVIDER_OFFICE, "school-1", documents(documents), true, null);
        request = requests.intake().accept(act(OFFICER, request));
        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        request = world.assign(HEAD, request, EXECUTOR);
        return requests.review().startReview(act(EXECUTOR, request));
    }

    @ParameterizedTest(name = "proven by {0}")
    @ValueSource(strings = {"status-targeted-social-assistance-certificate", "status-income-documents", "status-guardianship-decision",
            "status-collegial-body-decision"})
    void aChildOfAnEligibleCategoryIsApproved(String proof) {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 5, 12, 10, 0));
        RequestView request = inReview(world, "application", "identity-document", "camp-medical-certificate", proof);
        assertThat(world.qyzmet.requests().review().approve(act(EXECUTOR, request)).status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void withoutAProofOfCategoryApprovalIsRefusedAndTheRefusalCitesTheGround() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 5, 12, 10, 0));
        RequestView request = inReview(world, "application", "identity-document", "camp-medical-certificate");
        var review = world.qyzmet.requests().review();

        assertThatThrownBy(() -> review.approve(act(EXECUTOR, request))).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("eligible category").hasMessageContaining("not-eligible-category");
        RequestView unchanged = world.qyzmet.requests().queries().show(new kz.qyzmet.application.request.port.in.ShowRequestQuery(
                EXECUTOR, request.id().value()));
        assertThat(unchanged.status()).isEqualTo(RequestStatus.IN_REVIEW);
        assertThat(unchanged.revision()).isEqualTo(request.revision());

        // the lifecycle's own rules come first: an applicant may not approve at all
        assertThatThrownBy(() -> review.approve(act(APPLICANT, request))).isInstanceOf(ForbiddenActionException.class);

        RequestView refused = review.refuse(new RefuseCommand(EXECUTOR, request.id().value(), List.of("not-eligible-category"),
                "no document proves one of the categories of annex 5", null));
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        RequestEvent.RequestRefused event = (RequestEvent.RequestRefused) refused.history().get(refused.history().size() - 1);
        assertThat(event.grounds()).singleElement().satisfies(ground -> {
            assertThat(ground.code().value()).isEqualTo("not-eligible-category");
            assertThat(ground.text().texts().get(kz.qyzmet.domain.language.Language.RU)).contains("№ 64");
        });
    }

    @Test
    void otherServicesAreNotLimitedToCategories() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));
        var requests = world.qyzmet.requests();
        RequestView request = world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), true, null);
        request = requests.intake().accept(act(OFFICER, request));
        request = world.assign(HEAD, request, EXECUTOR);
        request = requests.review().startReview(act(EXECUTOR, request));
        assertThat(requests.review().approve(act(EXECUTOR, request)).status()).isEqualTo(RequestStatus.APPROVED);
    }
}
