package kz.qyzmet.application.request;

import java.util.List;
import kz.qyzmet.application.request.port.in.ListNotificationsQuery;
import kz.qyzmet.application.request.port.in.ListNotificationsUseCase;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.request.Actor;

/**
 * Reading an applicant's personal cabinet: their messages, as applicant or representative, newest first.
 * Staff, State Corporation operators and the system have no cabinet and get an empty list.
 */
public final class ApplicantNotifications implements ListNotificationsUseCase {

    private final RequestDesk desk;

    ApplicantNotifications(RequestDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<Notification> list(ListNotificationsQuery query) {
        desk.validator.valid(query);
        Actor actor = query.actor().toActor();
        if (actor.role() != Role.APPLICANT) {
            return List.of();
        }
        return desk.notifications.addressedTo(actor.iin(), query.limit());
    }
}
