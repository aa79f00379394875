package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.MutableClock.almaty;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** The built-in calendar's years at their edges: the decree transfers of 2020 and the statutory years past 2030. */
class CalendarYearsScenarioTest {

    @Test
    void aRequestReceivedOnTheLastSaturdayOf2030IsAcceptedWithADeadlineIn2031() {
        // given a duplicate filed at school-1 on Saturday 28 December 2030, accepted at Monday's opening
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2030, 12, 28, 10, 0));
        RequestView request = world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), true, null);
        world.clock.advance(Duration.ofDays(2));

        request = world.qyzmet.requests().intake().accept(act(OFFICER, request));

        // then 15 working days counted from Tuesday 31 December: 1-2 January (New Year) and Tuesday 7 January
        // (Orthodox Christmas) are skipped, so the 15th is Thursday 23 January 2031, statutory rules only
        assertThat(request.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(request.deadline().acceptance().acceptedAt()).isEqualTo(almaty(2030, 12, 30, 9, 0));
        assertThat(request.deadline().dueAt()).isEqualTo(almaty(2031, 1, 23, 18, 0));
        assertThat(request.deadline().explanation().lines()).contains(new Explanation.StatutoryRulesOnly(2031));
    }

    @Test
    void aRequestOfMay2020CountsTheDecreeTransfers() {
        // given a duplicate accepted on Wednesday 6 May 2020 at 10:00
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2020, 5, 6, 10, 0));
        RequestView request = world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), true, null);
        request = world.qyzmet.requests().intake().accept(act(OFFICER, request));

        // then 7 May (holiday), 8 May (Decree No. 820) and the weekend are skipped, Monday 11 May is worked:
        // 11, 12, 13, 14, 15 May are working days 1 to 5
        assertThat(request.deadline().explanation().lines()).noneMatch(Explanation.StatutoryRulesOnly.class::isInstance);
        assertThat(request.deadline().explanation().lines()).anySatisfy(line -> assertThat(line)
                .isInstanceOfSatisfying(Explanation.WeekendWorked.class, w -> assertThat(w.day().date()).hasToString("2020-05-11")));
        assertThat(request.steps().get(2).dueAt()).isNotNull();
    }
}
