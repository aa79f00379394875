package kz.qyzmet.domain.catalog;

/**
 * A grade (сынып / класс) of a general-education school, first to eleventh: what a school-admission application
 * is for, and what a school-admission intake window is about ("1 сыныптар", "10 сыныптар": 004 plan row 5 item 3;
 * "бiрiншi сыныпқа": 003 regulation 1 para 11).
 *
 * @param number the grade, 1 to 11
 */
public record SchoolGrade(int number) {

    /** The first grade a school takes. */
    public static final int FIRST = 1;
    /** The last grade of general secondary education. */
    public static final int LAST = 11;

    public SchoolGrade {
        if (number < FIRST || number > LAST) {
            throw new IllegalArgumentException("grade: must be from " + FIRST + " to " + LAST + ", was " + number);
        }
    }

    /** The grade with that number. */
    public static SchoolGrade of(int number) {
        return new SchoolGrade(number);
    }

    @Override
    public String toString() {
        return "grade " + number;
    }
}
