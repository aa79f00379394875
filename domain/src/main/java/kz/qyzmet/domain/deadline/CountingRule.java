package kz.qyzmet.domain.deadline;

/** The named rules by which a term is counted (DESIGN "Deadline semantics", rules 2–4). */
public enum CountingRule {
    /**
     * N working days: counting starts the day after the acceptance day (Civil Code rule for periods; the State
     * Corporation's "the day of acceptance is not counted" says the same); due at the close of the provider's
     * hours on the N-th working day.
     */
    WORKING_DAYS_FROM_NEXT_DAY,
    /** Minutes or hours of working time from the acceptance moment; lunch, closing time and days off stop the clock. */
    WORKING_TIME_FROM_ACCEPTANCE,
    /** Not later than a calendar date of the current calendar or school year; due at the end of that date. */
    CALENDAR_DATE_LIMIT
}
