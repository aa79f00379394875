package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.MutableClock.almaty;
import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.OPERATOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.OTHER_APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.OTHER_SCHOOL_OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import kz.qyzmet.application.request.IdempotencyConflictException;
import kz.qyzmet.application.request.RequestNotFoundException;
import kz.qyzmet.application.request.SignatureRejectedException;
import kz.qyzmet.application.request.SignatureReplayedException;
import kz.qyzmet.application.request.StaleRevisionException;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.application.request.port.in.RequestActionCommand;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.application.request.port.in.ShowRequestQuery;
import kz.qyzmet.application.request.port.in.Signing;
import kz.qyzmet.application.request.port.in.SubmitRequestCommand;
import kz.qyzmet.application.request.port.in.WorklistQuery;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelNotOfferedException;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** Who may do what, to which tenant's requests; idempotency, signatures, registries and revisions. */
class RequestRulesTest {

    private final ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 4, 14, 10, 0));

    private RequestView accepted() {
        RequestView request = world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), true, null);
        return world.qyzmet.requests().intake().accept(act(OFFICER, request));
    }

    @Test
    void idempotencyKeysBelongToAnAccountSoASignatureSentUnderAnotherAccountsSameKeyIsAReplay() {
        // main scoped idempotency keys per account; the signature a submission took is then the account's key's, so
        // a captured signature sent with the same key by another account is a replay, not a retry
        ActingUser mobile = new ActingUser("mobile", Role.SYSTEM, null, null, Channel.MOBILE);
        ActingUser otherMobile = new ActingUser("mobile-2", Role.SYSTEM, null, null, Channel.MOBILE);
        Signing signing = new Signing.DigitalSignature("{}".getBytes(StandardCharsets.UTF_8), "eds-aigerim".getBytes(StandardCharsets.UTF_8));
        java.util.function.Function<ActingUser, SubmitRequestCommand> command = actor -> new SubmitRequestCommand(actor, "home-schooling",
                Channel.MOBILE, "school-1", ScenarioWorld.APPLICANT_IIN, null, documents("application"), true, signing, "shared-key-0001");
        RequestView first = world.qyzmet.requests().submitting().submit(command.apply(mobile));
        assertThat(world.qyzmet.requests().submitting().submit(command.apply(mobile)).id()).as("a retry by the same account").isEqualTo(first.id());
        assertThatThrownBy(() -> world.qyzmet.requests().submitting().submit(command.apply(otherMobile)))
                .isInstanceOf(SignatureReplayedException.class);
    }

    @Test
    void staffOfAnotherProviderAndOtherApplicantsSeeNothing() {
        RequestView request = accepted();
        var queries = world.qyzmet.requests().queries();
        assertThatThrownBy(() -> queries.show(new ShowRequestQuery(OTHER_SCHOOL_OFFICER, request.id().value())))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> queries.show(new ShowRequestQuery(OTHER_APPLICANT, request.id().value())))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> queries.show(new ShowRequestQuery(OPERATOR, request.id().value())))
                .as("the State Corporation sees only requests made through it").isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> world.assign(new ActingUser("director2", Role.HEAD, "school-2", null), request, EXECUTOR))
                .isInstanceOf(RequestNotFoundException.class);
        assertThat(queries.show(new ShowRequestQuery(APPLICANT, request.id().value())).status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(queries.show(new ShowRequestQuery(HEAD, request.id().value())).status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void aRoleThatMayNotActIsForbiddenNamingWhoMay() {
        RequestView request = accepted();
        assertThatThrownBy(() -> world.assign(OFFICER, request, EXECUTOR))
                .isInstanceOf(ForbiddenActionException.class).hasMessageContaining("[HEAD] may");
        assertThatThrownBy(() -> world.qyzmet.requests().withdrawal().withdraw(act(HEAD, request)))
                .isInstanceOf(ForbiddenActionException.class);
    }

    @Test
    void anApplicantWithdrawsTheirOwnRequest() {
        RequestView request = accepted();
        assertThat(world.qyzmet.requests().withdrawal().withdraw(act(APPLICANT, request)).status()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    @Test
    void whoMayHandInARequest() {
        assertThatThrownBy(() -> world.submit(OTHER_SCHOOL_OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1", documents("application"), true, null))
                .isInstanceOf(ForbiddenActionException.class).hasMessageContaining("may not hand in a request via PROVIDER_OFFICE to school-1");
        assertThatThrownBy(() -> world.submit(EXECUTOR, "803005", Channel.PROVIDER_OFFICE, "school-1", documents("application"), true, null))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> world.submit(OTHER_APPLICANT, "803005", Channel.EGOV_PORTAL, "school-1", documents("application"), true,
                "eds-nurlan")).isInstanceOf(InvalidCommandException.class).hasMessageContaining("for themselves");
        // main's rule (applicants only on signed channels) gave way to this branch's stricter one: applicants only via the
        // portal, the counters only by their staff — hence the message names who enters a counter's requests
        for (Channel counter : List.of(Channel.PROVIDER_OFFICE, Channel.STATE_CORPORATION)) {
            assertThatThrownBy(() -> world.submit(APPLICANT, "803005", counter, "school-1", documents("application"), true, null))
                    .as("an applicant naming a counter channel would skip the signature")
                    .isInstanceOf(ForbiddenActionException.class).hasMessageContaining(counter + " is entered by that counter's staff");
        }
        assertThatThrownBy(() -> world.submit(APPLICANT, "803005", Channel.STATE_CORPORATION, "school-1", documents("application"), true, "eds-aigerim"))
                .as("signed or not").isInstanceOf(ForbiddenActionException.class).hasMessageContaining("STATE_CORPORATION is entered by that counter's staff");
        assertThatThrownBy(() -> world.submit(ScenarioWorld.PORTAL, "home-schooling", Channel.MOBILE, "school-1", documents("application"), true, "eds-aigerim"))
                .as("a system account of no channel").isInstanceOf(ForbiddenActionException.class).hasMessageContaining("this one's is none");
        assertThatThrownBy(() -> world.submit(OFFICER, "803005", Channel.MOBILE, "school-1", documents("application"), true, null))
                .isInstanceOf(ChannelNotOfferedException.class);
    }

    @Test
    void anElectronicSubmissionMustBeSignedByTheApplicant() {
        assertThatThrownBy(() -> world.submit(APPLICANT, "803005", Channel.EGOV_PORTAL, "school-1", documents("application"), true, null))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("signing");
        assertThatThrownBy(() -> world.submit(APPLICANT, "803005", Channel.EGOV_PORTAL, "school-1", documents("application"), true, "eds-revoked"))
                .isInstanceOf(SignatureRejectedException.class).hasMessage("signature: the certificate is revoked");
        assertThatThrownBy(() -> world.submit(APPLICANT, "803005", Channel.EGOV_PORTAL, "school-1", documents("application"), true, "forged"))
                .isInstanceOf(SignatureRejectedException.class).hasMessageStartingWith("signature: is not a detached CMS signature");
    }

    @Test
    void theApplicantMustBeInTheRegisterOfIndividuals() {
        SubmitRequestCommand unknown = new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1", "900101300017", null,
                documents("application"), true, null, null);
        assertThatThrownBy(() -> world.qyzmet.requests().submitting().submit(unknown))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("applicantIin"));
    }

    @Test
    void anInvalidIinIsRejectedWithoutEchoingIt() {
        SubmitRequestCommand bad = new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1", "061211600013", null,
                documents("application"), true, null, null);
        assertThatThrownBy(() -> world.qyzmet.requests().submitting().submit(bad))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageContaining("applicantIin")
                .hasMessageNotContaining("061211600013");
    }

    @Test
    void aRepresentativeNeedsAConfirmedPowerOfAttorney() {
        RequestView confirmed = world.submitByRepresentative(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), "POA-2025/17");
        assertThat(world.qyzmet.requests().intake().accept(act(OFFICER, confirmed)).status()).isEqualTo(RequestStatus.ACCEPTED);
        RequestView unconfirmed = world.submitByRepresentative(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), "POA-0000/1");
        RequestView refused = world.qyzmet.requests().intake().accept(act(OFFICER, unconfirmed));
        assertThat(((RequestEvent.IntakeRefused) refused.history().get(1)).reasons())
                .containsExactly(new IntakeRefusalReason.PowerOfAttorneyNotConfirmed("POA-0000/1"));
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameRequestAndAnotherBodyIsRefused() {
        SubmitRequestCommand command = new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                ScenarioWorld.APPLICANT_IIN, null, documents("application"), true, null, "retry-key-0001");
        RequestView first = world.qyzmet.requests().submitting().submit(command);
        RequestView again = world.qyzmet.requests().submitting().submit(command);
        assertThat(again.id()).isEqualTo(first.id());
        SubmitRequestCommand other = new SubmitRequestCommand(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                ScenarioWorld.APPLICANT_IIN, null, documents("application", "identity-document"), true, null, "retry-key-0001");
        assertThatThrownBy(() -> world.qyzmet.requests().submitting().submit(other)).isInstanceOf(IdempotencyConflictException.class);
    }

    @Test
    void anIntakeOfficerRefusesIntakeCitingAGroundOfTheStandard() {
        RequestView request = world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                documents("application", "identity-document"), true, null);
        var intake = world.qyzmet.requests().intake();
        assertThatThrownBy(() -> intake.refuseIntake(new kz.qyzmet.application.request.port.in.RefuseCommand(OFFICER, request.id().value(),
                List.of("class-overfilled"), "no places", null)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("'class-overfilled' is not a refusal ground");
        RequestView refused = intake.refuseIntake(new kz.qyzmet.application.request.port.in.RefuseCommand(OFFICER, request.id().value(),
                List.of("expired-documents"), "the identity document expired in March", null));
        assertThat(refused.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
        assertThat(((RequestEvent.IntakeRefused) refused.history().get(1)).reasons()).singleElement()
                .isInstanceOfSatisfying(IntakeRefusalReason.StandardGround.class,
                        ground -> assertThat(ground.ground().code().value()).isEqualTo("expired-documents"));
    }

    @Test
    void aStaleRevisionIsRefused() {
        RequestView request = accepted();
        assertThat(request.revision()).isEqualTo(2);
        RequestActionCommand stale = new RequestActionCommand(APPLICANT, request.id().value(), 1);
        assertThatThrownBy(() -> world.qyzmet.requests().withdrawal().withdraw(stale))
                .isInstanceOf(StaleRevisionException.class).hasMessageContaining("is at revision 2, not 1");
        assertThat(world.qyzmet.requests().withdrawal().withdraw(new RequestActionCommand(APPLICANT, request.id().value(), 2)).revision())
                .isEqualTo(3);
    }

    @Test
    void commandsAreValidatedNamingEveryField() {
        assertThatThrownBy(() -> world.qyzmet.requests().submitting().submit(new SubmitRequestCommand(
                new ActingUser("bad user!", null, null, null), "", null, "School 1", "12", null, null, false, null, "k")))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(InvalidCommandException.Violation::field)
                        .contains("actor.user", "actor.role", "service", "channel", "provider", "applicantIin", "documents", "idempotencyKey"));
    }

    @Test
    void worklistsShowTheTenantsRequestsOverdueAndAtRisk() {
        RequestView first = accepted();
        world.clock.advance(Duration.ofDays(1));
        RequestView second = accepted();
        assertThat(second.deadline().dueAt()).as("15 working days from Tuesday; 7 May is a holiday").isEqualTo(almaty(2025, 5, 8, 18, 0));
        var worklists = world.qyzmet.requests().queries();
        assertThat(worklists.worklist(new WorklistQuery(OFFICER, null, Set.of(), false, false, 1, 50)).requests()).hasSize(2);
        assertThat(worklists.worklist(new WorklistQuery(OTHER_SCHOOL_OFFICER, null, Set.of(), false, false, 1, 50)).requests()).isEmpty();
        assertThat(worklists.worklist(new WorklistQuery(APPLICANT, null, Set.of(RequestStatus.ACCEPTED), false, false, 1, 1)))
                .satisfies(page -> {
                    assertThat(page.requests()).hasSize(1);
                    assertThat(page.hasMore()).isTrue();
                    assertThat(page.requests().get(0).id()).as("earliest deadline first").isEqualTo(first.id());
                });
        assertThat(worklists.worklist(new WorklistQuery(EXECUTOR, null, Set.of(), false, false, 1, 50)).requests())
                .as("an executor sees what the head gave them").isEmpty();
        world.assign(HEAD, first, EXECUTOR);
        assertThat(worklists.worklist(new WorklistQuery(EXECUTOR, null, Set.of(), false, false, 1, 50)).requests())
                .extracting(RequestView::id).containsExactly(first.id());

        // due 6 May 18:00 (15 working days from 14 April): at risk with less than a fifth of the term left
        world.clock.set(2025, 5, 5, 12, 0);
        assertThat(worklists.worklist(new WorklistQuery(HEAD, null, Set.of(), false, true, 1, 50)).requests()).hasSize(2);
        assertThat(worklists.worklist(new WorklistQuery(HEAD, null, Set.of(), true, false, 1, 50)).requests()).isEmpty();
        world.clock.set(2025, 5, 6, 18, 30);
        assertThat(worklists.worklist(new WorklistQuery(HEAD, null, Set.of(), true, false, 1, 50)).requests())
                .extracting(RequestView::id).containsExactly(first.id());
        assertThat(almaty(2025, 5, 6, 18, 0)).isEqualTo(first.deadline().dueAt());
    }
}
