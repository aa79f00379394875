package kz.qyzmet.application.request;

import java.time.Clock;
import kz.qyzmet.application.admission.port.out.ClassCapacity;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.onetimepassword.OneTimePasswords;
import kz.qyzmet.application.request.port.out.DigitalDocuments;
import kz.qyzmet.application.request.port.out.Notifications;
import kz.qyzmet.application.request.port.out.PersonRegistry;
import kz.qyzmet.application.request.port.out.PowerOfAttorneyRegistry;
import kz.qyzmet.application.request.port.out.RequestEventPublisher;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.application.request.port.out.ResponsibleStaff;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.application.request.port.out.UsedSignatures;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.DeadlinePolicy;

/**
 * The request use cases, wired to the ports they need. An embedding application (or the bundled server)
 * builds one with its adapters and hands each use case to whatever calls it.
 *
 * @param submitting  submit
 * @param intake      accept or refuse intake
 * @param resolution  the head's resolution
 * @param review      start review, approve, refuse
 * @param issuing     mark ready, issue, hand over, return to provider, re-request
 * @param withdrawal  withdraw
 * @param queries     show a request, worklists
 * @param deadlineWatch the system's periodic deadline watch and return of uncollected results
 * @param notifications the applicants' personal cabinets
 */
public record RequestServices(Submitting submitting, Intake intake, Resolution resolution, Review review, Issuing issuing,
                              Withdrawal withdrawal, RequestQueries queries, DeadlineWatching deadlineWatch,
                              ApplicantNotifications notifications) {

    /** The share of the term below which a request counts as at risk, unless configured otherwise. */
    public static final double DEFAULT_AT_RISK_SHARE = AtRiskShare.DEFAULT.share();

    /** The ports the request use cases need. */
    public record Ports(RequestRepository repository, RequestEventPublisher events, PersonRegistry persons,
                        PowerOfAttorneyRegistry powersOfAttorney, DigitalDocuments digitalDocuments, SignatureVerification signatures,
                        UsedSignatures usedSignatures, OneTimePasswords oneTimePasswords,
                        ClassCapacity classCapacity, Notifications notifications, ResponsibleStaff responsibleStaff) {
    }

    public static RequestServices wire(Ports ports, CatalogServices catalog, DeadlinePolicy deadlines, CommandValidator validator,
                                       Clock clock, double atRiskShare) {
        AtRiskShare share = AtRiskShare.of(atRiskShare);
        RequestDesk desk = new RequestDesk(ports.repository(), ports.events(), ports.notifications(), catalog, deadlines, validator, clock, share);
        return new RequestServices(
                new Submitting(desk, ports.persons(), ports.signatures(), ports.usedSignatures(), ports.oneTimePasswords()),
                new Intake(desk, ports.powersOfAttorney(), ports.digitalDocuments()),
                new Resolution(desk, ports.responsibleStaff()),
                new Review(desk, ports.classCapacity()),
                new Issuing(desk),
                new Withdrawal(desk),
                new RequestQueries(desk, share),
                new DeadlineWatching(desk, share),
                new ApplicantNotifications(desk));
    }
}
