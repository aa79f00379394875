package kz.qyzmet.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.AcceptancePolicy;
import kz.qyzmet.domain.deadline.DayTermPolicy;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlineContext;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.ServiceHours;

/**
 * The call that accepting a request and previewing a deadline make: {@link DeadlinePolicy#deadline} for a
 * request of the built-in catalog's duplicate of an education document (service 803005, 15 working days)
 * received through the portal, with the version in force on 1 June 2025, on the benchmark's calendar and
 * office hours. {@link #agreement} checks it against the general policies it replaces.
 */
public final class DeadlineCall {

    public static final Channel CHANNEL = Channel.EGOV_PORTAL;

    public final ServiceStandard service;
    public final StandardVersion version;
    public final DeadlinePolicy policy;
    private final Fixture fixture;

    public DeadlineCall(Fixture fixture) {
        this.fixture = Objects.requireNonNull(fixture, "fixture: required");
        this.service = JsonCatalogSource.builtIn().catalog().find("803005").orElseThrow();
        this.version = service.versionOn(LocalDate.of(2025, 6, 1)).orElseThrow();
        this.policy = new DeadlinePolicy(fixture.calendar, Fixture.ZONE, Fixture.officeHours());
    }

    /** The deadline of request {@code i} of the pool, received at its moment. */
    public Deadline deadline(int i) {
        return policy.deadline(service.id(), version, CHANNEL, fixture.acceptedAt[i]);
    }

    /**
     * How many requests of the pool get the due instant, acceptance moment and reason that the general
     * {@link AcceptancePolicy} and {@link DayTermPolicy} give; fails on the first that does not.
     */
    public int agreement() {
        ProcessingTerm.WorkingDays term = (ProcessingTerm.WorkingDays) ((Fact.Known<ProcessingTerm>) version.termsFor(service.id(), CHANNEL)
                .processing()).given();
        DeadlineContext context = new DeadlineContext(fixture.calendar, Fixture.ZONE, ServiceHours.of(version, CHANNEL, Fixture.officeHours()));
        AcceptancePolicy acceptance = new AcceptancePolicy();
        DayTermPolicy days = new DayTermPolicy();
        for (int i = 0; i < fixture.size(); i++) {
            Deadline fast = deadline(i);
            var accepted = acceptance.accept(fixture.acceptedAt[i], context);
            Instant due = days.due(accepted.acceptedAt(), term, context, line -> { });
            if (!fast.acceptance().equals(accepted) || !fast.dueAt().equals(due)) {
                throw new IllegalStateException("DeadlinePolicy disagrees on request " + i + ": " + fast.acceptance() + " due " + fast.dueAt()
                        + ", the general policies give " + accepted + " due " + due);
            }
        }
        return fixture.size();
    }
}
