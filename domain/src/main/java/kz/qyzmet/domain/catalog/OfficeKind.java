package kz.qyzmet.domain.catalog;

/**
 * Which kind of State Corporation office took a request: an ordinary department or one of the duty departments
 * (кезекші бөлімдер / дежурные отделы), which keep longer hours. 000 annex 5 field 7 item 2: ordinary departments
 * Monday to Friday 9:00-18:00, duty departments Monday to Friday 9:00-20:00 and Saturday 9:00-13:00. A request
 * is accepted, and its minute and day terms run, in the hours of the office that took it.
 */
public enum OfficeKind {
    /** An ordinary State Corporation department: the channel's ordinary schedule. */
    ORDINARY,
    /** A duty department: the schedule the standard gives the duty departments, where it gives one. */
    DUTY
}
