package kz.qyzmet.adapters.rest.notification;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import kz.qyzmet.adapters.rest.Routes;
import kz.qyzmet.adapters.rest.auth.Authentication;
import kz.qyzmet.adapters.rest.language.AcceptLanguage;
import kz.qyzmet.application.request.port.in.ListNotificationsQuery;
import kz.qyzmet.application.request.port.in.ListNotificationsUseCase;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * {@code GET /notifications}: the caller's personal cabinet, newest first, in the language of
 * {@code Accept-Language} (kk, ru, or en — Qyzmet's translation, marked {@code translated}; a message stored
 * before messages had an English text is shown in Russian and says so in its {@code language}).
 * An applicant sees the messages about their own requests, as applicant or representative; staff, operators
 * and the system have no cabinet and get an empty list.
 */
public final class NotificationRoutes implements Routes {

    /** How many messages the list shows at most. */
    static final int LIMIT = 100;

    private final ListNotificationsUseCase notifications;
    private final ZoneId zone;

    public NotificationRoutes(ListNotificationsUseCase notifications, ZoneId zone) {
        this.notifications = Objects.requireNonNull(notifications, "notifications: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    /** One message as the API shows it. */
    record NotificationBody(String id, String requestId, String kind, OffsetDateTime at, String language, boolean translated, String text) {
    }

    /** The list. */
    record NotificationsBody(List<NotificationBody> notifications) {
    }

    @Override
    public void register(JavalinDefaultRoutingApi app) {
        app.get("/notifications", this::list);
    }

    private void list(Context ctx) {
        Language language = AcceptLanguage.choose(ctx.header("Accept-Language"));
        ctx.header("Content-Language", language.tag());
        List<Notification> found = notifications.list(new ListNotificationsQuery(Authentication.actor(ctx), LIMIT));
        ctx.json(new NotificationsBody(found.stream().map(notification -> body(notification, language)).toList()));
    }

    private NotificationBody body(Notification notification, Language language) {
        LocalizedText.Rendering text = notification.text().in(language);
        return new NotificationBody(notification.id().toString(), notification.request().value().toString(), notification.kind().name(),
                notification.at().atZone(zone).toOffsetDateTime(), text.language().tag(), text.translated(), text.text());
    }
}
