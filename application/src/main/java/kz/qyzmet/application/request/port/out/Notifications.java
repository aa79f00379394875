package kz.qyzmet.application.request.port.out;

import java.util.List;
import kz.qyzmet.domain.request.Iin;

/**
 * Port out: the applicants' personal cabinets. Messages are delivered after the change they tell of is
 * stored; an adapter may also send them on (SMS, e-mail, the portal). Qyzmet's adapters keep them, in memory
 * or in the database, for {@code GET /notifications}.
 */
public interface Notifications {

    /** Puts a message into the cabinet of its applicant (and representative). */
    void deliver(Notification notification);

    /**
     * The messages the person with this IIN sees as applicant or representative, newest first.
     *
     * @param limit how many at most
     */
    List<Notification> addressedTo(Iin iin, int limit);
}
