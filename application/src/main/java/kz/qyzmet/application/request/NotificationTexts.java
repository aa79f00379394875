package kz.qyzmet.application.request;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.ExplanationText;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * The applicant's messages for the events of a request, in Kazakh and Russian with an English translation
 * (a motivated refusal's grounds by their English translation, or by their code where the catalog has none): on receipt with the deadline
 * and its explanation, intake refusal with its reasons, motivated refusal with its grounds, result ready, and
 * the overall term overdue. Other events (and warnings about single steps, which concern the staff) tell the
 * applicant nothing.
 */
final class NotificationTexts {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;
    private final ExplanationText kk;
    private final ExplanationText ru;
    private final ExplanationText en;

    NotificationTexts(ZoneId zone) {
        this.zone = zone;
        this.kk = new ExplanationText(Language.KK, zone);
        this.ru = new ExplanationText(Language.RU, zone);
        this.en = new ExplanationText(Language.EN, zone);
    }

    Optional<Notification> of(ServiceRequest request, RequestEvent event) {
        String id = request.id().value().toString();
        String service = request.submission().service().value();
        String kkHead = "Өтініш " + id + " (" + service + "): ";
        String ruHead = "Заявление " + id + " (" + service + "): ";
        String enHead = "Application " + id + " (" + service + "): ";
        Notification.Kind kind;
        String kkText;
        String ruText;
        String enText;
        if (event instanceof RequestEvent.RequestAccepted accepted) {
            kind = Notification.Kind.ACCEPTED;
            String due = moment(accepted.deadline().dueAt());
            kkText = kkHead + "қабылданды, қолхат берілді. Қызмет көрсету мерзімі: " + due + ". Мерзімнің негіздемесі:"
                    + lines(kk.render(accepted.deadline().explanation()));
            ruText = ruHead + "принято, выдана расписка. Срок оказания услуги: " + due + ". Обоснование срока:"
                    + lines(ru.render(accepted.deadline().explanation()));
            enText = enHead + "accepted, a receipt was issued. The service is due: " + due + ". Why then:"
                    + lines(en.render(accepted.deadline().explanation()));
        } else if (event instanceof RequestEvent.IntakeRefused refused) {
            kind = Notification.Kind.INTAKE_REFUSED;
            kkText = kkHead + "құжаттарды қабылдаудан бас тартылды (бас тарту туралы қолхат). Себептері:"
                    + lines(refused.reasons().stream().map(reason -> reason(reason, Language.KK)).toList());
            ruText = ruHead + "отказано в приеме документов (расписка об отказе в приеме). Причины:"
                    + lines(refused.reasons().stream().map(reason -> reason(reason, Language.RU)).toList());
            enText = enHead + "the documents were not accepted (receipt of the refusal at intake). Reasons:"
                    + lines(refused.reasons().stream().map(reason -> reason(reason, Language.EN)).toList());
        } else if (event instanceof RequestEvent.RequestRefused refused) {
            kind = Notification.Kind.REFUSED;
            String motivation = refused.motivation() == null || refused.motivation().isBlank() ? "" : "\n" + refused.motivation();
            kkText = kkHead + "қызмет көрсетуден дәлелді бас тартылды. Негіздері:"
                    + lines(refused.grounds().stream().map(ground -> ground.text().in(Language.KK).text()).toList()) + motivation;
            ruText = ruHead + "мотивированный отказ в оказании услуги. Основания:"
                    + lines(refused.grounds().stream().map(ground -> ground.text().in(Language.RU).text()).toList()) + motivation;
            enText = enHead + "the service is refused with reasons. Grounds of the standard (translated; the standard's own words "
                    + "are in the Kazakh and Russian versions of this message):"
                    + lines(refused.grounds().stream().map(ground -> ground.text().texts().containsKey(Language.EN)
                            ? ground.text().in(Language.EN).text() : ground.code().value()).toList()) + motivation;
        } else if (event instanceof RequestEvent.ResultReady) {
            kind = Notification.Kind.RESULT_READY;
            boolean stateCorporation = request.submission().channel() == Channel.STATE_CORPORATION;
            kkText = kkHead + "қызмет көрсету нәтижесі дайын" + (stateCorporation ? "; оны Мемлекеттік корпорациядан алыңыз." : ".");
            ruText = ruHead + "результат оказания услуги готов" + (stateCorporation ? "; получите его в Государственной корпорации." : ".");
            enText = enHead + "the result of the service is ready" + (stateCorporation ? "; collect it at the State Corporation." : ".");
        } else if (event instanceof RequestEvent.DeadlineOverdue overdue && overdue.step() == null) {
            kind = Notification.Kind.OVERDUE;
            String due = moment(overdue.dueAt());
            kkText = kkHead + "қызмет көрсету мерзімі (" + due + ") өтті, нәтиже әлі дайын емес.";
            ruText = ruHead + "срок оказания услуги (" + due + ") истек, результат еще не готов.";
            enText = enHead + "the term of the service (" + due + ") has passed and the result is not ready yet.";
        } else {
            return Optional.empty();
        }
        var applicant = request.submission().applicant();
        return Optional.of(new Notification(UUID.randomUUID(), request.id(), applicant.iin(),
                applicant.representative() == null ? null : applicant.representative().iin(), event.header().at(), kind,
                LocalizedText.ours(kkText, ruText, enText)));
    }

    private String reason(IntakeRefusalReason reason, Language language) {
        return reason.text().in(language).text();
    }

    private String moment(Instant instant) {
        return MOMENT.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String lines(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(line -> out.add("\n— " + line));
        return String.join("", out);
    }
}
