package kz.qyzmet.benchmarks.city;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import kz.qyzmet.domain.request.Iin;

/** Made-up applicants: valid IINs (birth date, century and sex, serial, check digit) of adults born 1965-2004. */
final class Applicants {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1965, 1, 1);
    private static final int BIRTH_DAYS = 40 * 365;

    private Applicants() {
    }

    /** An IIN drawn at random; IINs whose digits have no check digit are skipped, as no IIN has them. */
    static Iin next(Random random) {
        while (true) {
            LocalDate born = FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS));
            int centuryAndSex = (born.getYear() < 2000 ? 3 : 5) + random.nextInt(2);
            String first = String.format(Locale.ROOT, "%02d%02d%02d%d%04d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
                    centuryAndSex, random.nextInt(10_000));
            for (int check = 0; check < 10; check++) {
                if (Iin.isValid(first + check)) {
                    return Iin.of(first + check);
                }
            }
        }
    }
}
