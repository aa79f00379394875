package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import kz.qyzmet.domain.request.Iin.Sex;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IIN's rules. The examples were computed with a separate script and the check digit of 960315401244 by
 * hand: 9·1 + 6·2 + 0·3 + 3·4 + 1·5 + 5·6 + 4·7 + 0·8 + 1·9 + 2·10 + 4·11 = 169, and 169 mod 11 = 4.
 */
class IinTest {

    // ---- valid numbers, one per value of digit 7 ----

    @ParameterizedTest
    @CsvSource({
            "850312100109, 1885-03-12, MALE",
            "850312200016, 1885-03-12, FEMALE",
            "960315300011, 1996-03-15, MALE",
            "960315401244, 1996-03-15, FEMALE",
            "000229500018, 2000-02-29, MALE",
            "100705600012, 2010-07-05, FEMALE"})
    void eachCenturyAndSexDigitIsReadFromAValidNumber(String value, LocalDate birthDate, Sex sex) {
        Iin iin = Iin.of(value);
        assertThat(iin.value()).isEqualTo(value);
        assertThat(iin.birthDate()).isEqualTo(birthDate);
        assertThat(iin.sex()).isEqualTo(sex);
        assertThat(Iin.isValid(value)).isTrue();
    }

    @Test
    void aRemainderOf10UsesTheSecondWeights() {
        // first pass: 0·1+6·2+1·3+2·4+1·5+1·6+6·7+0·8+0·9+0·10+1·11 = 87, 87 mod 11 = 10;
        // second pass: 0·3+6·4+1·5+2·6+1·7+1·8+6·9+0·10+0·11+0·1+1·2 = 112, 112 mod 11 = 2
        Iin iin = Iin.of("061211600012");
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(2006, 12, 11));
        assertThat(iin.sex()).isEqualTo(Sex.FEMALE);
        assertThat(firstRemainder("061211600012")).isEqualTo(10);
        // the first pass alone would ask for nothing valid; the second pass gives 2 here and 2 in another number
        assertThat(Iin.isValid("960315300202")).isTrue();
        assertThat(firstRemainder("960315300202")).isEqualTo(10);
        assertThat(Iin.isValid("061211600010")).isFalse();
    }

    @Test
    void theLeapDayDependsOnTheCentury() {
        assertThat(Iin.of("000229500018").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThatThrownBy(() -> Iin.of("000229300018"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("iin: digits 1-6 must be a birth date YYMMDD, 000229 is not a date (1900 is not a leap year)");
        assertThatThrownBy(() -> Iin.of("000229100018"))
                .hasMessage("iin: digits 1-6 must be a birth date YYMMDD, 000229 is not a date (1800 is not a leap year)");
    }

    // ---- rejections, one per rule, with their messages ----

    @ParameterizedTest
    @CsvSource({
            "96031540124, 11",
            "9603154012440, 13",
            "' 960315401244', 13"})
    void mustHave12Characters(String value, int length) {
        assertRejected(value, "iin: must be 12 digits, was " + length);
    }

    @Test
    void theEmptyTextHasNoDigits() {
        assertRejected("", "iin: must be 12 digits, was 0");
    }

    @ParameterizedTest
    @CsvSource({
            "9603154012a4, 11",
            "-60315401244, 1",
            "96031540124\u0664, 12", // ARABIC-INDIC DIGIT FOUR: a digit for Character.isDigit, not an ASCII one
            "９60315401244, 1"})     // FULLWIDTH DIGIT NINE
    void mustBeAsciiDigits(String value, int position) {
        assertRejected(value, "iin: must be 12 digits, character " + position + " is not an ASCII digit");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 8, 9})
    void digit7MustBeACenturyAndSexCode(int digit) {
        assertRejected("960315" + digit + "01244", "iin: digit 7 must be 1-6 (century and sex), was " + digit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"991332", "850230", "850001", "850100", "960431", "850931"})
    void digits1To6MustBeADate(String date) {
        assertRejected(date + "301234", "iin: digits 1-6 must be a birth date YYMMDD, " + date + " is not a date");
    }

    @Test
    void theCheckDigitMustMatch() {
        assertRejected("960315401245", "iin: check digit must be 4, was 5");
        assertRejected("061211600013", "iin: check digit must be 2, was 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "9"})
    void digitsWithARemainderOf10TwiceAreNoIin(String last) {
        // 96031530024: first pass 153 mod 11 = 10, second pass 153 mod 11 = 10
        assertThat(firstRemainder("960315300240")).isEqualTo(10);
        assertThat(referenceCheckDigit("96031530024")).isNull();
        assertRejected("96031530024" + last,
                "iin: digits 1-11 have no check digit (both weight sets give remainder 10), no IIN has them");
    }

    @Test
    void nullIsRequiredAndNotValid() {
        assertThatThrownBy(() -> Iin.of(null)).isInstanceOf(NullPointerException.class).hasMessage("iin: required");
        assertThat(Iin.isValid(null)).isFalse();
    }

    // ---- masking ----

    @Test
    void toStringShowsOnlyTheMaskedForm() {
        Iin iin = Iin.of("960315401244");
        assertThat(iin.masked()).isEqualTo("9603******44");
        assertThat(iin.toString()).isEqualTo("9603******44");
        assertThat(new Applicantish(iin).toString()).doesNotContain("960315401244").contains("9603******44");
    }

    /** A record holding an IIN, as the request's records do: its generated toString uses the IIN's. */
    private record Applicantish(Iin iin) {
    }

    @Test
    void equalityIsByTheWholeNumberNotTheMask() {
        // two valid numbers that differ only in digit 11
        assertThat(Iin.of("960315401244")).isEqualTo(Iin.of("960315401244")).hasSameHashCodeAs(Iin.of("960315401244"));
        assertThat(Iin.of("960315300011")).isNotEqualTo(Iin.of("960315300001"));
    }

    // ---- a surprise of the algorithm, pinned down ----

    @Test
    void aTypoInDigit11IsNotDetectedWhenTheFirstPassSuffices() {
        // digit 11 has weight 11 in the first pass, i.e. 0 mod 11: 96031530000 and 96031530001 both give 1
        assertThat(Iin.isValid("960315300001")).isTrue();
        assertThat(Iin.isValid("960315300011")).isTrue();
    }

    // ---- properties ----

    @Property
    void elevenWellFormedDigitsWithTheComputedCheckDigitAreAccepted(
            @ForAll @IntRange(min = 1, max = 6) int centuryAndSex,
            @ForAll @IntRange(min = 0, max = 36524) int dayOfCentury,
            @ForAll @IntRange(min = 0, max = 9999) int serial) {
        LocalDate birthDate = dateInCentury(centuryAndSex, dayOfCentury);
        String first11 = prefix(birthDate, centuryAndSex, serial);
        Integer check = referenceCheckDigit(first11);
        if (check == null) {
            for (int last = 0; last <= 9; last++) {
                assertThat(Iin.isValid(first11 + last)).isFalse();
            }
        } else {
            Iin iin = Iin.of(first11 + check);
            assertThat(iin.birthDate()).isEqualTo(birthDate);
            assertThat(iin.sex()).isEqualTo(centuryAndSex % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            assertThat(iin.masked()).hasSize(12).startsWith(first11.substring(0, 4)).endsWith(first11.substring(10) + check);
        }
    }

    @Property
    void changingTheCheckDigitIsAlwaysDetected(@ForAll("validIins") String valid, @ForAll @IntRange(min = 1, max = 9) int shift) {
        assertThat(Iin.isValid(replace(valid, 11, shift))).isFalse();
    }

    /**
     * Digits 1–10 have first-pass weights 1–10, none a multiple of 11, so a change there always changes the first
     * remainder. It goes unnoticed only when the second weights take over for exactly one of the two numbers.
     */
    @Property
    void changingOneOfDigits1To10IsDetectedUnlessTheSecondPassIsInvolved(@ForAll("validIins") String valid,
            @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String changed = replace(valid, position, shift);
        if (Iin.isValid(changed)) {
            assertThat(changed).isNotEqualTo(valid);
            assertThat(firstRemainder(valid) == 10 ^ firstRemainder(changed) == 10).isTrue();
        }
    }

    /** Digit 11 has first-pass weight 11 (0 mod 11): a change there is caught only by the second weights (weight 2). */
    @Property
    void changingDigit11IsDetectedOnlyWhenTheSecondPassIsUsed(@ForAll("validIins") String valid,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String changed = replace(valid, 10, shift);
        assertThat(Iin.isValid(changed)).isEqualTo(firstRemainder(valid) != 10);
    }

    @Provide
    Arbitrary<String> validIins() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(0, 36524),
                        Arbitraries.integers().between(0, 9999))
                .as((centuryAndSex, day, serial) -> prefix(dateInCentury(centuryAndSex, day), centuryAndSex, serial))
                .filter(first11 -> referenceCheckDigit(first11) != null)
                .map(first11 -> first11 + referenceCheckDigit(first11));
    }

    // ---- helpers: an implementation of the check digit written apart from the class under test ----

    private static void assertRejected(String value, String message) {
        assertThatThrownBy(() -> Iin.of(value)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        if (value.strip().length() > 6) {
            assertThat(message).doesNotContain(value.strip());
        }
        assertThat(Iin.isValid(value)).isFalse();
    }

    private static Integer referenceCheckDigit(String first11) {
        int first = 0;
        int second = 0;
        for (int i = 0; i < 11; i++) {
            int d = first11.charAt(i) - '0';
            first += d * (i + 1);
            second += d * (i < 9 ? i + 3 : i - 8);
        }
        if (first % 11 != 10) {
            return first % 11;
        }
        return second % 11 == 10 ? null : second % 11;
    }

    private static int firstRemainder(String value) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (value.charAt(i) - '0') * (i + 1);
        }
        return sum % 11;
    }

    private static LocalDate dateInCentury(int centuryAndSex, int dayOfCentury) {
        LocalDate start = LocalDate.of(1800 + (centuryAndSex - 1) / 2 * 100, 1, 1);
        long days = ChronoUnit.DAYS.between(start, start.plusYears(100));
        return start.plusDays(dayOfCentury % days);
    }

    private static String prefix(LocalDate date, int centuryAndSex, int serial) {
        return String.format("%02d%02d%02d%d%04d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth(),
                centuryAndSex, serial);
    }

    private static String replace(String value, int index, int shift) {
        char changed = (char) ('0' + (value.charAt(index) - '0' + shift) % 10);
        return value.substring(0, index) + changed + value.substring(index + 1);
    }
}
