package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.OPERATOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.OTHER_SCHOOL_OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;

import java.util.List;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.RefuseCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.domain.catalog.Channel;

/**
 * The requests behind the hand-computed monthly report of school-1 for April 2025, made in time order
 * through the use cases, all duplicates of an education document (803005). {@code MonthlyReportTest}
 * states the counts and the arithmetic.
 */
final class MonthlyReportFixture {

    /** The ground of request B's motivated refusal. */
    static final String REFUSAL_GROUND = "expired-documents";

    private MonthlyReportFixture() {
    }

    /** Builds March and April; leaves the clock at Monday 5 May 2025, 12:00. */
    static void build(ScenarioWorld world) {
        var requests = world.qyzmet.requests();
        MutableClock clock = world.clock;
        // H: accepted Monday 3 March 10:00, never assigned; due Thursday 27 March 18:00
        clock.set(2025, 3, 3, 10, 0);
        accept(world, OFFICER, Channel.PROVIDER_OFFICE);
        // D: accepted Tuesday 1 April 9:30 (due Tuesday 22 April 18:00)
        clock.set(2025, 4, 1, 9, 30);
        RequestView d = accept(world, OFFICER, Channel.PROVIDER_OFFICE);
        // A: accepted 1 April 10:00, assigned 10:10
        clock.set(2025, 4, 1, 10, 0);
        RequestView a = accept(world, OFFICER, Channel.PROVIDER_OFFICE);
        clock.set(2025, 4, 1, 10, 10);
        a = world.assign(HEAD, a, EXECUTOR);
        // D assigned at 11:00, after its head's step deadline of 10:00; B handed in 1 April 11:00 with an expired
        // document: refused at intake (an intake-stage ground goes on the refusal receipt, not in a refusal after review)
        clock.set(2025, 4, 1, 11, 0);
        d = world.assign(HEAD, d, EXECUTOR);
        RequestView b = world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1", documents("application", "identity-document"),
                true, null);
        requests.intake().refuseIntake(new RefuseCommand(OFFICER, b.id().value(), List.of(REFUSAL_GROUND), "the identity document expired",
                null));
        clock.set(2025, 4, 2, 9, 0);
        a = requests.review().startReview(act(EXECUTOR, a));
        d = requests.review().startReview(act(EXECUTOR, d));
        // C: accepted Wednesday 2 April 10:00, withdrawn by the applicant at 10:05
        clock.set(2025, 4, 2, 10, 0);
        RequestView c = accept(world, OFFICER, Channel.PROVIDER_OFFICE);
        clock.set(2025, 4, 2, 10, 5);
        requests.withdrawal().withdraw(act(APPLICANT, c));
        clock.set(2025, 4, 2, 11, 0);
        a = requests.review().approve(act(EXECUTOR, a));
        clock.set(2025, 4, 2, 12, 0);
        a = requests.issuing().markReady(act(HEAD, a));
        // A issued Thursday 3 April 10:00; F handed in the same moment without the identity document: refused at intake
        clock.set(2025, 4, 3, 10, 0);
        requests.issuing().issue(act(OFFICER, a));
        requests.intake().accept(act(OFFICER, world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application"), true, null)));
        // E: at the State Corporation, accepted Monday 7 April 10:00, assigned 10:50, approved and signed 8 April,
        // handed to the State Corporation Wednesday 9 April 10:00, issued there Thursday 10 April 10:00
        clock.set(2025, 4, 7, 10, 0);
        RequestView e = accept(world, OPERATOR, Channel.STATE_CORPORATION);
        clock.set(2025, 4, 7, 10, 50);
        e = world.assign(HEAD, e, EXECUTOR);
        clock.set(2025, 4, 8, 9, 0);
        e = requests.review().startReview(act(EXECUTOR, e));
        clock.set(2025, 4, 8, 12, 0);
        e = requests.review().approve(act(EXECUTOR, e));
        clock.set(2025, 4, 8, 12, 30);
        e = requests.issuing().markReady(act(HEAD, e));
        clock.set(2025, 4, 9, 10, 0);
        e = requests.issuing().handOver(act(OFFICER, e));
        clock.set(2025, 4, 10, 10, 0);
        requests.issuing().issue(act(OPERATOR, e));
        // another school's request, not in school-1's report
        clock.set(2025, 4, 14, 10, 0);
        accept(world, OTHER_SCHOOL_OFFICER, Channel.PROVIDER_OFFICE, "school-2");
        // D approved Thursday 24 April 9:00 (after the executor's step deadline of 21 April 18:00), signed 10:00, issued 11:00
        clock.set(2025, 4, 24, 9, 0);
        d = requests.review().approve(act(EXECUTOR, d));
        clock.set(2025, 4, 24, 10, 0);
        d = requests.issuing().markReady(act(HEAD, d));
        clock.set(2025, 4, 24, 11, 0);
        requests.issuing().issue(act(OFFICER, d));
        // G: accepted Tuesday 29 April 10:00, assigned 10:10, still open
        clock.set(2025, 4, 29, 10, 0);
        RequestView g = accept(world, OFFICER, Channel.PROVIDER_OFFICE);
        clock.set(2025, 4, 29, 10, 10);
        world.assign(HEAD, g, EXECUTOR);
        clock.set(2025, 5, 5, 12, 0);
    }

    private static RequestView accept(ScenarioWorld world, ActingUser clerk, Channel channel) {
        return accept(world, clerk, channel, "school-1");
    }

    private static RequestView accept(ScenarioWorld world, ActingUser clerk, Channel channel, String provider) {
        RequestView submitted = world.submit(clerk, "803005", channel, provider, documents("application", "identity-document"), true, null);
        return world.qyzmet.requests().intake().accept(act(clerk, submitted));
    }
}
