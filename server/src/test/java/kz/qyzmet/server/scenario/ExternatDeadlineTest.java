package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.PORTAL;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * Externat permission: applications «не позднее 1 декабря текущего учебного года» (source 003, regulation 2
 * para 11(4)) — taken in on 1 December, refused at intake on 2 December as outside the window.
 */
class ExternatDeadlineTest {

    private static RequestView applyAt(MutableClock clock) {
        ScenarioWorld world = new ScenarioWorld(clock);
        RequestView request = world.submit(APPLICANT, "externat-permission", Channel.EGOV_PORTAL, "almaty-education", documents(), true,
                "eds-aigerim");
        return world.qyzmet.requests().intake().accept(act(PORTAL, request));
    }

    @Test
    void theFirstOfDecemberIsTheLastDay() {
        // Monday 1 December 2025, 11:00
        assertThat(applyAt(new MutableClock(2025, 12, 1, 11, 0)).status()).isEqualTo(RequestStatus.ACCEPTED);

        // Tuesday 2 December 2025, 11:00
        RequestView late = applyAt(new MutableClock(2025, 12, 2, 11, 0));
        assertThat(late.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
        assertThat(((RequestEvent.IntakeRefused) late.history().get(1)).reasons()).singleElement()
                .isInstanceOfSatisfying(IntakeRefusalReason.WindowClosed.class, closed -> {
                    assertThat(closed.day()).isEqualTo(LocalDate.of(2025, 12, 2));
                    assertThat(closed.windows()).extracting(window -> window.code().value()).containsExactly("externat-application");
                });
    }

    @Test
    void anApplicationFiledOnTheFirstOfDecemberIsInTimeThoughAcceptedTheNextWorkingDay() {
        // filed on the portal on Sunday 1 December 2024: accepted at Monday 2 December's opening, filed in time
        RequestView sunday = applyAt(new MutableClock(2024, 12, 1, 11, 0));
        assertThat(sunday.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(sunday.deadline().acceptance().acceptedAt()).isAfter(sunday.history().get(0).header().at());

        // filed at 21:00 on Monday 1 December 2025, after the provider's hours: in time as well
        assertThat(applyAt(new MutableClock(2025, 12, 1, 21, 0)).status()).isEqualTo(RequestStatus.ACCEPTED);

        // filed on Saturday 29 November 2025 and accepted on 1 December: in time
        assertThat(applyAt(new MutableClock(2025, 11, 29, 11, 0)).status()).isEqualTo(RequestStatus.ACCEPTED);
    }
}

