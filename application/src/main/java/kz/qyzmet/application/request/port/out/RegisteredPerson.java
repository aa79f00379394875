package kz.qyzmet.application.request.port.out;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.qyzmet.domain.request.Iin;

/**
 * What the register of individuals gives for an IIN: the name, the birth date and the registered address (the
 * address register's text, which places an applicant on a school's territory). The patronymic and the address
 * may be absent, as they are for some people in the register.
 *
 * @param surname    the surname, not blank
 * @param givenName  the given name, not blank
 * @param patronymic the patronymic, or null
 * @param birthDate  the birth date
 * @param address    the registered address, or null when none is registered
 */
public record RegisteredPerson(Iin iin, String surname, String givenName, String patronymic, LocalDate birthDate, String address) {

    public RegisteredPerson {
        Objects.requireNonNull(iin, "iin: required");
        surname = text("surname", surname, true);
        givenName = text("givenName", givenName, true);
        patronymic = text("patronymic", patronymic, false);
        Objects.requireNonNull(birthDate, "birthDate: required");
        address = text("address", address, false);
    }

    /** The registered address, where there is one. */
    public Optional<String> registeredAddress() {
        return Optional.ofNullable(address);
    }

    private static String text(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw new NullPointerException(field + ": required");
            }
            return null;
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        if (value.length() > 300) {
            throw new IllegalArgumentException(field + ": at most 300 characters, was " + value.length());
        }
        return value.strip();
    }

    /** Never the name or the address: logs and exceptions must not carry personal data. */
    @Override
    public String toString() {
        return "RegisteredPerson[" + iin + "]";
    }
}
