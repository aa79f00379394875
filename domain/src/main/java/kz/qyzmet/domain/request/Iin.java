package kz.qyzmet.domain.request;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * The individual identification number of the Republic of Kazakhstan: ИИН (индивидуальный идентификационный
 * номер), ЖСН (жеке сәйкестендіру нөмірі). The Law of the Republic of Kazakhstan of 12 January 2007 No. 223
 * "On national registers of identification numbers" ("О национальных реестрах идентификационных номеров",
 * adilet.zan.kz/rus/docs/Z070000223_) defines it as a unique number formed for an individual, closed by a
 * control digit ("контрольный разряд") that checks it was formed correctly. gov.kz (article 648) and egov.kz
 * describe it as 12 digits, formed once and never changed. Foreigners and stateless persons get one too.
 *
 * <p>Structure (digit positions counted from 1):
 * <ul>
 *   <li>1–6: date of birth {@code YYMMDD}. It must be a real date in the century that digit 7 gives, so
 *       {@code 000229} is a date with digit 7 = 5 or 6 (2000 is a leap year) but not with 3 or 4 (1900 is not);</li>
 *   <li>7: century and sex: 1/2 born 1800–1899, 3/4 born 1900–1999, 5/6 born 2000–2099; odd is male, even is
 *       female. 0 and 7–9 are rejected: no source consulted assigns them to individuals (kaz-person-id lists
 *       0 and 7–9 as unassigned; kz-iin-validator rejects 0 as "not a person"). None was found saying 0 is used
 *       for foreigners, who get IINs under the same scheme;</li>
 *   <li>8–11: serial number;</li>
 *   <li>12: check digit. With d<sub>1</sub>…d<sub>11</sub> the first eleven digits, it is
 *       (Σ d<sub>i</sub>·i) mod 11. If that is 10, it is computed again with the weights
 *       3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2. If that is 10 too, the number is not used: no IIN has those eleven
 *       digits. Example: {@code 061211600012} needs the second pass (87 mod 11 = 10, then 112 mod 11 = 2).</li>
 * </ul>
 *
 * <p>Sources: the Law above (article 1, the control digit); Government Decree of 22 May 2007 No. 406 "Правила
 * формирования идентификационного номера" (adilet.zan.kz/rus/docs/P070000406_, cited as the source of the
 * check-digit rule by github.com/valery1707/kaz-person-id) and Government Decree of 11 June 2003 No. 565
 * (cited by github.com/ZhymabekRoman/kz-iin-validator). Those two libraries' code gives the digit-7 table, both
 * weight sets and the rejection when both passes give 10. Faker PR fzaninotto/Faker#1450 says the same about
 * the double 10. The similar mod-11 method of Russian classifiers (OKPO) writes 0 in that case instead. That is
 * not the IIN rule, so this class does not do it.
 *
 * <p><b>Caveats.</b> (1) The Ministry of Justice said on 05.04.2019 (nomad.su) that Government Decree of
 * 26.08.2013 No. 853 changed the rules so that IIN digits are no longer tied to the holder's personal data.
 * An IIN formed after that may not match the real birth date or sex. {@link #birthDate()} and {@link #sex()}
 * therefore give what the digits encode, not facts of record. This class still requires digits 1–7 to form a
 * valid date and century code, as every validator consulted does. (2) The first pass gives digit 11 the weight 11,
 * which is 0 mod 11. So when the first pass is not 10, changing digit 11 leaves the check digit the same: a typo
 * there is not detected.
 *
 * <p>Personal data: {@link #toString()} returns {@link #masked()}, and no rejection message contains the whole
 * number, only the part that breaks the rule.
 *
 * @param value the twelve ASCII digits
 */
public record Iin(String value) {

    /** The holder's sex as digit 7 encodes it (odd male, even female). */
    public enum Sex { MALE, FEMALE }

    private static final int LENGTH = 12;
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int NO_CHECK_DIGIT = 10;

    public Iin {
        Objects.requireNonNull(value, "iin: required");
        String violation = violation(value);
        if (violation != null) {
            throw new IllegalArgumentException(violation);
        }
    }

    public static Iin of(String value) {
        return new Iin(value);
    }

    /** Whether the text is a valid IIN by every rule of this class; false for null. */
    public static boolean isValid(String text) {
        return text != null && violation(text) == null;
    }

    /** The date of birth digits 1–7 encode (see the caveat on the type: it may not be the real one). */
    public LocalDate birthDate() {
        return LocalDate.of(year(value), twoDigits(value, 2), twoDigits(value, 4));
    }

    /** The sex digit 7 encodes: odd male, even female. */
    public Sex sex() {
        return digit(value, 6) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * The form to show and log: the first 4 digits (year and month of birth), six asterisks and the last 2
     * digits (last serial digit and check digit), e.g. {@code 9603******44}. This is enough to tell numbers apart
     * on screen and leaves out the day of birth, the century/sex digit and most of the serial.
     */
    public String masked() {
        return value.substring(0, 4) + "******" + value.substring(10);
    }

    /** The masked form, so that logging a record that holds an IIN never writes the number. */
    @Override
    public String toString() {
        return masked();
    }

    /** The first rule the text breaks, as a message naming the field; null when it breaks none. */
    private static String violation(String text) {
        if (text.length() != LENGTH) {
            return "iin: must be 12 digits, was " + text.length();
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return "iin: must be 12 digits, character " + (i + 1) + " is not an ASCII digit";
            }
        }
        int centuryAndSex = digit(text, 6);
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            return "iin: digit 7 must be 1-6 (century and sex), was " + centuryAndSex;
        }
        String date = text.substring(0, 6);
        int year = year(text);
        int month = twoDigits(text, 2);
        int day = twoDigits(text, 4);
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            boolean onlyTheYearIsWrong = month == 2 && day == 29 && !Year.isLeap(year);
            return "iin: digits 1-6 must be a birth date YYMMDD, " + date + " is not a date"
                    + (onlyTheYearIsWrong ? " (" + year + " is not a leap year)" : "");
        }
        int expected = checkDigit(text);
        if (expected == NO_CHECK_DIGIT) {
            return "iin: digits 1-11 have no check digit (both weight sets give remainder 10), no IIN has them";
        }
        int actual = digit(text, 11);
        if (actual != expected) {
            return "iin: check digit must be " + expected + ", was " + actual;
        }
        return null;
    }

    /** The check digit of the first eleven digits, or 10 when neither weight set gives one. */
    private static int checkDigit(String text) {
        int remainder = weightedSum(text, FIRST_WEIGHTS) % 11;
        return remainder != NO_CHECK_DIGIT ? remainder : weightedSum(text, SECOND_WEIGHTS) % 11;
    }

    private static int weightedSum(String text, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(text, i) * weights[i];
        }
        return sum;
    }

    /** The full year: 1800, 1900 or 2000 by digit 7 (1–2, 3–4, 5–6), plus YY. */
    private static int year(String text) {
        return 1800 + (digit(text, 6) - 1) / 2 * 100 + twoDigits(text, 0);
    }

    private static int twoDigits(String text, int from) {
        return digit(text, from) * 10 + digit(text, from + 1);
    }

    private static int digit(String text, int index) {
        return text.charAt(index) - '0';
    }
}
