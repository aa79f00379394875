package kz.qyzmet.domain.request;

import java.util.Objects;

/**
 * The person the service is for (көрсетілетін қызметті алушы / услугополучатель), and the representative
 * acting for them where there is one.
 *
 * @param iin            the applicant's IIN
 * @param representative the representative, or null when the applicant acts in person
 */
public record Applicant(Iin iin, Representative representative) {

    public Applicant {
        Objects.requireNonNull(iin, "applicant.iin: required");
        if (representative != null && representative.iin().equals(iin)) {
            throw new RuleViolation("representative.iin", "differentPerson", "a representative is another person than the applicant");
        }
    }

    public static Applicant inPerson(Iin iin) {
        return new Applicant(iin, null);
    }
}
