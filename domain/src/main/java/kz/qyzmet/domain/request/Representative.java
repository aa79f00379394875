package kz.qyzmet.domain.request;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person acting for the applicant under a notarised power of attorney (нотариалды куәландырылған сенімхат /
 * нотариально удостоверенная доверенность), checked through the power-of-attorney registry.
 *
 * @param iin             the representative's IIN
 * @param powerOfAttorney the power of attorney's registry number
 */
public record Representative(Iin iin, String powerOfAttorney) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9/._-]{1,40}");

    public Representative {
        Objects.requireNonNull(iin, "representative.iin: required");
        if (powerOfAttorney == null || !NUMBER.matcher(powerOfAttorney).matches()) {
            throw new RuleViolation("representative.powerOfAttorney", "format", "the registry number of a notarised power of attorney is required (1-40 letters, digits, '/', '.', '_', '-')");
        }
    }
}
