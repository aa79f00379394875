package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.language.LocalizedText;
import org.junit.jupiter.api.Test;

/** The service's approval rules are asked after the lifecycle's and before the approval is recorded. */
class ApprovalPolicyTest {

    private final Instant later = RequestFixtures.MONDAY_10.plusSeconds(7200);

    @Test
    void anObjectionRefusesTheApprovalAndRecordsNothing() {
        ServiceRequest request = RequestFixtures.inStatus(RequestStatus.IN_REVIEW, Channel.PROVIDER_OFFICE);
        int revision = request.revision();
        ApprovalPolicy full = ApprovalPolicy.allOf(List.of(ApprovalPolicy.NONE, r -> Optional.of(LocalizedText.ours("сынып толы", "класс заполнен", "the class is full")),
                r -> Optional.of(LocalizedText.ours("сұралмайды", "не спрашивается", "never asked: the first objection answers"))));
        assertThatThrownBy(() -> request.approve(RequestFixtures.EXECUTOR, later, full))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("the class is full")
                .hasMessageNotContaining("never asked");
        assertThat(request.revision()).isEqualTo(revision);
        assertThat(request.status()).isEqualTo(RequestStatus.IN_REVIEW);
        request.approve(RequestFixtures.EXECUTOR, later, ApprovalPolicy.allOf(List.of()));
        assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
    }

    @Test
    void theLifecycleIsAskedFirst() {
        ServiceRequest request = RequestFixtures.inStatus(RequestStatus.ACCEPTED, Channel.PROVIDER_OFFICE);
        List<ServiceRequest> asked = new ArrayList<>();
        assertThatThrownBy(() -> request.approve(RequestFixtures.EXECUTOR, later, r -> {
            asked.add(r);
            return Optional.empty();
        })).isInstanceOf(RuntimeException.class);
        assertThat(asked).as("the policy is not asked when the lifecycle refuses").isEmpty();
    }
}
