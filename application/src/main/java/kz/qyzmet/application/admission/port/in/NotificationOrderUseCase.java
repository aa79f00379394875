package kz.qyzmet.application.admission.port.in;

import java.util.List;

/** Use case: the order in which a school notifies applicants of their admission (403003, source 000 annex 1 field 5). */
public interface NotificationOrderUseCase {

    /** The school's accepted applications of the year in the order of notification; empty for anybody but its staff. */
    List<NotificationEntry> order(NotificationOrderQuery query);
}
