package kz.qyzmet.adapters.persistence.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.application.request.port.out.Notifications;
import kz.qyzmet.domain.request.Iin;

/**
 * The applicants' personal cabinets kept in memory, for tests, demos and embedding without a database.
 * Thread-safe; delivering a message costs the same however many are kept (a copy-on-write list, used before,
 * copied every message ever delivered on each delivery).
 */
public final class InMemoryNotifications implements Notifications {

    private final ConcurrentLinkedDeque<Notification> delivered = new ConcurrentLinkedDeque<>();

    @Override
    public void deliver(Notification notification) {
        delivered.add(Objects.requireNonNull(notification, "notification: required"));
    }

    @Override
    public List<Notification> addressedTo(Iin iin, int limit) {
        List<Notification> newestDeliveredFirst = new ArrayList<>(delivered);
        Collections.reverse(newestDeliveredFirst);
        return newestDeliveredFirst.stream().filter(notification -> notification.addressedTo(iin))
                .sorted(Comparator.comparing(Notification::at).reversed())
                .limit(limit)
                .toList();
    }
}
