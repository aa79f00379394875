package kz.qyzmet.domain.attestation;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.OtherRequirement;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * The rules of teacher attestation (803014) beyond the common lifecycle, each applied where the standard's
 * version states it as a requirement (field 10, "other requirements"):
 * <ul>
 *   <li>{@value #ONCE_PER_SCHOOL_YEAR} — «Аттестаттау оқу жылында 1 рет өткізіледі» (source 000 annex 3 field 10,
 *       carried into 004): a request is refused at intake when the applicant already has one for the service
 *       accepted in the same school year and not refused or withdrawn;</li>
 *   <li>{@value #AT_LEAST_EVERY_FIVE_YEARS} — «кемінде бес жылда бір рет өткізіледі» (source 004 plan row 8): a
 *       teacher whose last attestation result was issued five years ago or more is due.</li>
 * </ul>
 * The applications window (1 September – 31 December) is an intake window of the catalog, checked with the
 * other windows.
 */
public final class AttestationRules {

    /** The requirement code of "once per school year". */
    public static final String ONCE_PER_SCHOOL_YEAR = "attestation-once-per-school-year";
    /** The requirement code of "at least once in five years". */
    public static final String AT_LEAST_EVERY_FIVE_YEARS = "attestation-at-least-once-in-five-years";
    /** The longest time between two attestations. */
    public static final Period INTERVAL = Period.ofYears(5);

    private final ZoneId zone;

    public AttestationRules(ZoneId zone) {
        this.zone = java.util.Objects.requireNonNull(zone, "zone: required");
    }

    /** Whether the version states the requirement. */
    public static boolean requires(StandardVersion version, String requirement) {
        CatalogCode code = CatalogCode.of(requirement);
        return version.otherRequirements().value().orElse(List.of()).stream().map(OtherRequirement::code).anyMatch(code::equals);
    }

    /**
     * The refusal for a request being taken in on {@code intakeDay} if the version allows the service once
     * per school year and one of the applicant's {@code others} (requests for the same service) was already
     * accepted in that school year and is not refused or withdrawn.
     */
    public Optional<IntakeRefusalReason> oncePerSchoolYear(StandardVersion version, ServiceRequest request, List<ServiceRequest> others,
                                                           LocalDate intakeDay) {
        if (!requires(version, ONCE_PER_SCHOOL_YEAR)) {
            return Optional.empty();
        }
        SchoolYear year = SchoolYear.of(intakeDay);
        return others.stream()
                .filter(other -> !other.id().equals(request.id()))
                .filter(other -> other.submission().service().equals(request.submission().service()))
                .filter(other -> other.status() != RequestStatus.REFUSED && other.status() != RequestStatus.WITHDRAWN)
                .filter(other -> other.acceptedAt().filter(accepted -> year.contains(accepted.atZone(zone).toLocalDate())).isPresent())
                .min(Comparator.comparing(other -> other.acceptedAt().orElseThrow()))
                .map(earlier -> new IntakeRefusalReason.AlreadyThisSchoolYear(CatalogCode.of(ONCE_PER_SCHOOL_YEAR), earlier.id(), year.start()));
    }

    /** The day the result of an issued request was issued, if it was. */
    public Optional<LocalDate> issuedOn(ServiceRequest request) {
        return request.history().stream().filter(RequestEvent.ResultIssued.class::isInstance).reduce((first, second) -> second)
                .map(event -> event.header().at().atZone(zone).toLocalDate());
    }

    /** Whether a teacher whose last attestation was issued on {@code lastIssued} is due on {@code on}. */
    public static boolean due(LocalDate lastIssued, LocalDate on) {
        return !on.isBefore(lastIssued.plus(INTERVAL));
    }
}
