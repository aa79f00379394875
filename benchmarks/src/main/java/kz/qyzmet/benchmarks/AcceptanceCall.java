package kz.qyzmet.benchmarks;

import java.util.List;
import java.util.Objects;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.AcceptancePolicy;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlineContext;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.ServiceHours;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.deadline.StepDeadlinePolicy;

/**
 * What accepting a request computes ({@code Intake.accept}): {@link DeadlinePolicy#deadline} and then
 * {@link DeadlinePolicy#stepDeadlines}, for a request of the built-in catalog's duplicate of an education
 * document (service 803005) handed in at the State Corporation under version {@code 003-regulation-3}, whose
 * regulation gives that channel a procedure of seven steps (15-minute steps in the State Corporation's hours
 * and in the provider's, 14 working days, 1 working day). The pool's moments span 2016–2029 while the version
 * was in force in 2016–2020: the policy counts any version at any moment (the use case chooses the version),
 * so the dates only spread the work over the calendar. {@link #agreement} checks it against the general
 * policies and {@link StepDeadlinePolicy#plan}.
 */
public final class AcceptanceCall {

    public static final Channel CHANNEL = Channel.STATE_CORPORATION;

    public final ServiceStandard service;
    public final StandardVersion version;
    public final DeadlinePolicy policy;
    private final Fixture fixture;

    public AcceptanceCall(Fixture fixture) {
        this.fixture = Objects.requireNonNull(fixture, "fixture: required");
        this.service = JsonCatalogSource.builtIn().catalog().find("803005").orElseThrow();
        this.version = service.version(CatalogCode.of("003-regulation-3")).orElseThrow();
        this.policy = new DeadlinePolicy(fixture.calendar, Fixture.ZONE, Fixture.officeHours());
    }

    /** The deadline of request {@code i} of the pool and the step deadlines of its procedure. */
    public List<StepDeadline> accept(int i) {
        Deadline deadline = policy.deadline(service.id(), version, CHANNEL, fixture.acceptedAt[i]);
        return policy.stepDeadlines(version, CHANNEL, deadline);
    }

    /** How many requests of the pool get the plan of the general policies; fails on the first that does not. */
    public int agreement() {
        Procedure procedure = version.procedureFor(CHANNEL).orElseThrow();
        DeadlineContext context = new DeadlineContext(fixture.calendar, Fixture.ZONE, ServiceHours.of(version, CHANNEL, Fixture.officeHours()));
        AcceptancePolicy acceptance = new AcceptancePolicy();
        StepDeadlinePolicy steps = new StepDeadlinePolicy();
        for (int i = 0; i < fixture.size(); i++) {
            Deadline deadline = policy.deadline(service.id(), version, CHANNEL, fixture.acceptedAt[i]);
            List<StepDeadline> plan = steps.plan(procedure, acceptance.accept(fixture.acceptedAt[i], context).acceptedAt(), context, deadline.dueAt());
            if (plan.size() != 7 || !accept(i).equals(plan)) {
                throw new IllegalStateException("DeadlinePolicy plans request " + i + " as " + accept(i) + ", the general policies as " + plan);
            }
        }
        return fixture.size();
    }
}
