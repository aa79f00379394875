package kz.qyzmet.domain.request;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.SchoolGrade;
import kz.qyzmet.domain.catalog.ServiceId;

/**
 * What a citizen hands in (өтініш / заявление): the service, the channel, the provider, the applicant, the
 * documents, the consent to the use of restricted personal data, and when it was received; where it matters, the
 * grade applied for and which State Corporation office took it.
 *
 * @param service             the service
 * @param channel             the channel it came through
 * @param provider            the provider it is addressed to
 * @param applicant           the applicant, and their representative if any
 * @param documents           the documents submitted, each code once
 * @param personalDataConsent whether the applicant consents to the use of restricted personal data (Law on
 *                            personal data, art. 8)
 * @param receivedAt          when it was received
 * @param filedAt             where the State Corporation office that took it lies relative to the provider, or
 *                            null where not stated (then the provider's location; requests stored before this
 *                            field existed read so)
 * @param grade               the grade applied for, where the service's intake windows depend on it (school
 *                            admission), else null; requests stored before this field existed read as null
 * @param officeKind          which kind of State Corporation office took it (ordinary or duty department), or
 *                            null where not stated (then an ordinary one; requests stored before the field read so)
 */
public record Submission(ServiceId service, Channel channel, ProviderId provider, Applicant applicant,
                         List<SubmittedDocument> documents, boolean personalDataConsent, Instant receivedAt,
                         OfficeLocation filedAt, SchoolGrade grade, OfficeKind officeKind) {

    public Submission(ServiceId service, Channel channel, ProviderId provider, Applicant applicant,
                      List<SubmittedDocument> documents, boolean personalDataConsent, Instant receivedAt,
                      OfficeLocation filedAt) {
        this(service, channel, provider, applicant, documents, personalDataConsent, receivedAt, filedAt, null, null);
    }

    public Submission(ServiceId service, Channel channel, ProviderId provider, Applicant applicant,
                      List<SubmittedDocument> documents, boolean personalDataConsent, Instant receivedAt) {
        this(service, channel, provider, applicant, documents, personalDataConsent, receivedAt, null, null, null);
    }

    public Submission {
        Objects.requireNonNull(service, "service: required");
        Objects.requireNonNull(channel, "channel: required");
        Objects.requireNonNull(provider, "provider: required");
        Objects.requireNonNull(applicant, "applicant: required");
        Objects.requireNonNull(receivedAt, "receivedAt: required");
        documents = List.copyOf(Objects.requireNonNull(documents, "documents: required (may be empty)"));
        Set<CatalogCode> seen = new HashSet<>();
        for (SubmittedDocument document : documents) {
            if (!seen.add(document.code())) {
                throw new IllegalArgumentException("documents: '" + document.code() + "' is listed twice");
            }
        }
        if (filedAt != null && channel != Channel.STATE_CORPORATION) {
            throw new IllegalArgumentException("filedAt: only a request handed in at a State Corporation office says where"
                    + " the office lies, this one came through " + channel);
        }
        if (officeKind != null && channel != Channel.STATE_CORPORATION) {
            throw new IllegalArgumentException("officeKind: only a request handed in at a State Corporation office says which kind"
                    + " of office took it, this one came through " + channel);
        }
    }
}
