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
        return event.accept(new Message(request));
    }

    /**
     * The applicant's message for each kind of event, or none: a new kind of event does not compile until it is
     * decided here whether the applicant is told of it.
     */
    private final class Message implements RequestEvent.Visitor<Optional<Notification>> {

        private final ServiceRequest request;
        private final String kkHead;
        private final String ruHead;
        private final String enHead;

        Message(ServiceRequest request) {
            this.request = request;
            String id = request.id().value().toString();
            String service = request.submission().service().value();
            this.kkHead = "Өтініш " + id + " (" + service + "): ";
            this.ruHead = "Заявление " + id + " (" + service + "): ";
            this.enHead = "Application " + id + " (" + service + "): ";
        }

        @Override
        public Optional<Notification> visit(RequestEvent.RequestAccepted accepted) {
            String due = moment(accepted.deadline().dueAt());
            return told(accepted, Notification.Kind.ACCEPTED,
                    kkHead + "қабылданды, қолхат берілді. Қызмет көрсету мерзімі: " + due + ". Мерзімнің негіздемесі:"
                            + lines(kk.render(accepted.deadline().explanation())),
                    ruHead + "принято, выдана расписка. Срок оказания услуги: " + due + ". Обоснование срока:"
                            + lines(ru.render(accepted.deadline().explanation())),
                    enHead + "accepted, a receipt was issued. The service is due: " + due + ". Why then:"
                            + lines(en.render(accepted.deadline().explanation())));
        }

        @Override
        public Optional<Notification> visit(RequestEvent.IntakeRefused refused) {
            return told(refused, Notification.Kind.INTAKE_REFUSED,
                    kkHead + "құжаттарды қабылдаудан бас тартылды (бас тарту туралы қолхат). Себептері:"
                            + lines(refused.reasons().stream().map(reason -> reason(reason, Language.KK)).toList()),
                    ruHead + "отказано в приеме документов (расписка об отказе в приеме). Причины:"
                            + lines(refused.reasons().stream().map(reason -> reason(reason, Language.RU)).toList()),
                    enHead + "the documents were not accepted (receipt of the refusal at intake). Reasons:"
                            + lines(refused.reasons().stream().map(reason -> reason(reason, Language.EN)).toList()));
        }

        @Override
        public Optional<Notification> visit(RequestEvent.RequestRefused refused) {
            String motivation = refused.motivation() == null || refused.motivation().isBlank() ? "" : "\n" + refused.motivation();
            return told(refused, Notification.Kind.REFUSED,
                    kkHead + "қызмет көрсетуден дәлелді бас тартылды. Негіздері:"
                            + lines(refused.grounds().stream().map(ground -> ground.text().in(Language.KK).text()).toList()) + motivation,
                    ruHead + "мотивированный отказ в оказании услуги. Основания:"
                            + lines(refused.grounds().stream().map(ground -> ground.text().in(Language.RU).text()).toList()) + motivation,
                    enHead + "the service is refused with reasons. Grounds of the standard (translated; the standard's own words "
                            + "are in the Kazakh and Russian versions of this message):"
                            + lines(refused.grounds().stream().map(ground -> ground.text().texts().containsKey(Language.EN)
                                    ? ground.text().in(Language.EN).text() : ground.code().value()).toList()) + motivation);
        }

        @Override
        public Optional<Notification> visit(RequestEvent.ResultReady ready) {
            boolean stateCorporation = request.submission().channel() == Channel.STATE_CORPORATION;
            return told(ready, Notification.Kind.RESULT_READY,
                    kkHead + "қызмет көрсету нәтижесі дайын" + (stateCorporation ? "; оны Мемлекеттік корпорациядан алыңыз." : "."),
                    ruHead + "результат оказания услуги готов" + (stateCorporation ? "; получите его в Государственной корпорации." : "."),
                    enHead + "the result of the service is ready" + (stateCorporation ? "; collect it at the State Corporation." : "."));
        }

        /** Only the overall term concerns the applicant; a single step's concerns the staff. */
        @Override
        public Optional<Notification> visit(RequestEvent.DeadlineOverdue overdue) {
            if (overdue.step() != null) {
                return Optional.empty();
            }
            String due = moment(overdue.dueAt());
            return told(overdue, Notification.Kind.OVERDUE,
                    kkHead + "қызмет көрсету мерзімі (" + due + ") өтті, нәтиже әлі дайын емес.",
                    ruHead + "срок оказания услуги (" + due + ") истек, результат еще не готов.",
                    enHead + "the term of the service (" + due + ") has passed and the result is not ready yet.");
        }

        @Override
        public Optional<Notification> visit(RequestEvent.RequestSubmitted event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.ExecutorAssigned event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.ReviewStarted event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.RequestApproved event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.HandedToStateCorporation event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.ReturnedToProvider event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.ReRequested event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.ResultIssued event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.RequestWithdrawn event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.DeadlineAtRisk event) {
            return Optional.empty();
        }

        @Override
        public Optional<Notification> visit(RequestEvent.ReferralIssued event) {
            return Optional.empty();
        }

        private Optional<Notification> told(RequestEvent event, Notification.Kind kind, String kkText, String ruText, String enText) {
            var applicant = request.submission().applicant();
            return Optional.of(new Notification(UUID.randomUUID(), request.id(), applicant.iin(),
                    applicant.representative() == null ? null : applicant.representative().iin(), event.header().at(), kind,
                    LocalizedText.ours(kkText, ruText, enText)));
        }
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
