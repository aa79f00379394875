package kz.qyzmet.application.request.port.in;

import java.util.List;
import kz.qyzmet.application.request.port.out.Notification;

/**
 * Use case: the messages in an applicant's personal cabinet — on receipt (with the deadline and its
 * explanation), intake refusal, motivated refusal, result ready and overdue. Staff and the system have no
 * cabinet: their list is empty.
 */
public interface ListNotificationsUseCase {

    List<Notification> list(ListNotificationsQuery query);
}
