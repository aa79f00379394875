package kz.qyzmet.domain.request;

import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * Why a request is refused at intake, as the refusal receipt lists it: an incomplete package, an expired
 * document, an intake window closed, no consent to the use of restricted personal data, a representative
 * without a confirmed power of attorney, or a service the standard allows once per school year already
 * requested this school year.
 */
public sealed interface IntakeRefusalReason {

    /** A mandatory document the applicant must bring is missing. */
    record MissingDocument(CatalogCode code, LocalizedText name) implements IntakeRefusalReason {
    }

    /** A document is past its validity ("one month from issue") on the intake day, or its issue date is not given. */
    record ExpiredDocument(CatalogCode code, LocalDate issuedOn, LocalDate validUntil) implements IntakeRefusalReason {
    }

    /** The request came outside every intake window of the standard. */
    record WindowClosed(LocalDate day, List<IntakeWindow> windows) implements IntakeRefusalReason {
        public WindowClosed {
            windows = List.copyOf(windows);
        }
    }

    /** The standard requires consent to the use of restricted personal data, and none was given. */
    record NoPersonalDataConsent() implements IntakeRefusalReason {
    }

    /** A ground of the standard for refusing intake, cited by the intake officer (an unreliable document …). */
    record StandardGround(kz.qyzmet.domain.catalog.RefusalGround ground) implements IntakeRefusalReason {
    }

    /** The representative's power of attorney is not confirmed by the notarial registry. */
    record PowerOfAttorneyNotConfirmed(String powerOfAttorney) implements IntakeRefusalReason {
    }

    /**
     * The standard allows the service once per school year and the applicant already has a request for it
     * accepted in this school year (teacher attestation, source 000 annex 3 field 10).
     *
     * @param requirement     the standard's requirement, such as {@code attestation-once-per-school-year}
     * @param earlier         the request already accepted this school year
     * @param schoolYearStart the 1 September the school year began
     */
    record AlreadyThisSchoolYear(CatalogCode requirement, RequestId earlier, LocalDate schoolYearStart) implements IntakeRefusalReason {
    }
}
