package kz.qyzmet.adapters.rest.problem;

import java.util.Locale;
import kz.qyzmet.domain.language.Language;

/**
 * The kinds of error the API answers with, each with a stable {@code type} URI, an HTTP status, and its
 * title and detail in Kazakh, Russian and English. Details take the arguments of {@link String#format}.
 */
public enum ProblemType {
    UNKNOWN_SERVICE(404,
            "Қызмет табылмады", "Услуга не найдена", "Unknown service",
            "«%s» идентификаторы немесе коды бар қызмет жоқ",
            "Услуги с идентификатором или кодом «%s» нет",
            "No service has the id or official code '%s'"),
    NO_VERSION_IN_FORCE(404,
            "Стандарттың күшіндегі нұсқасы жоқ", "Нет действующей редакции стандарта", "No version in force",
            "%s қызметінің %s күні күшінде тұрған стандарт нұсқасы жоқ",
            "У услуги %s нет редакции стандарта, действующей на %s",
            "Service %s has no version of its standard in force on %s"),
    UNKNOWN_VERSION(404,
            "Стандарт нұсқасы табылмады", "Редакция стандарта не найдена", "Unknown version",
            "%s қызметінде «%s» нұсқасы жоқ",
            "У услуги %s нет редакции «%s»",
            "Service %s has no version '%s'"),
    CHANNEL_NOT_OFFERED(404,
            "Бұл арна арқылы көрсетілмейді", "Услуга не оказывается по этому каналу", "Channel not offered",
            "%s қызметі %s арнасы арқылы көрсетілмейді",
            "Услуга %s не оказывается через канал %s",
            "Service %s is not offered via %s"),
    INVALID_REQUEST(400,
            "Сұрау қате", "Некорректный запрос", "Invalid request",
            "Сұраудың өрістері ережелерге сәйкес емес: %s",
            "Поля запроса нарушают правила: %s",
            "Fields of the request break their rules: %s"),
    NOT_FOUND(404,
            "Ресурс табылмады", "Ресурс не найден", "Not found",
            "%s мекенжайы бойынша ресурс жоқ",
            "По адресу %s ресурса нет",
            "There is no resource at %s"),
    METHOD_NOT_ALLOWED(405,
            "Әдіске рұқсат жоқ", "Метод не разрешён", "Method not allowed",
            "%s ресурсы %s әдісін қабылдамайды",
            "Ресурс %s не принимает метод %s",
            "The resource %s does not accept %s"),
    OUTSIDE_CALENDAR(422,
            "Күнтізбеде деректер жоқ", "Нет данных календаря", "Outside the calendar",
            "%s күні жұмыс күнтізбесінің деректерінен тыс жатыр (%s)",
            "Дата %s вне данных производственного календаря (%s)",
            "The day %s lies outside the working calendar's data (%s)"),
    TERM_UNKNOWN(422,
            "Мерзім белгісіз", "Срок неизвестен", "Term unknown",
            "Стандарт бұл өріс үшін мәнді бермейді: %s",
            "Стандарт не указывает значение поля: %s",
            "The standard gives no value for %s"),
    MALFORMED_BODY(400,
            "Сұрау денесі қате", "Некорректное тело запроса", "Malformed body",
            "Сұрау денесін оқу мүмкін емес: %s",
            "Тело запроса не читается: %s",
            "The request body cannot be read: %s"),
    UNSUPPORTED_MEDIA_TYPE(415,
            "Медиа түрі қолдау көрсетілмейді", "Тип содержимого не поддерживается", "Unsupported media type",
            "Сұрау денесі application/json болуы тиіс, берілгені: %s",
            "Тело запроса должно быть application/json, получено: %s",
            "The request body must be application/json, was: %s"),
    UNAUTHENTICATED(401,
            "Аутентификация қажет", "Требуется аутентификация", "Authentication required",
            "Өтінімдермен жұмыс істеу үшін Bearer токені қажет: %s",
            "Для работы с заявками нужен Bearer-токен: %s",
            "Requests need a bearer token: %s"),
    FORBIDDEN_ACTION(403,
            "Әрекетке рұқсат жоқ", "Действие не разрешено", "Action not allowed",
            "Сіздің рөліңіз бұл әрекетті орындай алмайды: %s",
            "Ваша роль не может выполнить это действие: %s",
            "Your role may not take this action: %s"),
    REQUEST_NOT_FOUND(404,
            "Өтінім табылмады", "Заявка не найдена", "Request not found",
            "%s өтінімі жоқ немесе сізге көрінбейді",
            "Заявки %s нет или она вам не видна",
            "There is no request %s visible to you"),
    REPORT_NOT_FOUND(404,
            "Есеп табылмады", "Отчёт не найден", "Report not found",
            "%s көрсетілетін қызметті берушінің есебі жоқ немесе сізге көрінбейді",
            "Отчёта услугодателя %s нет или он вам не виден",
            "There is no report of provider %s visible to you"),
    UNKNOWN_ACTION(404,
            "Әрекет табылмады", "Действие не найдено", "Unknown action",
            "«%s» әрекеті жоқ; әрекеттер: %s",
            "Действия «%s» нет; действия: %s",
            "There is no action '%s'; the actions are %s"),
    ILLEGAL_TRANSITION(409,
            "Өтінімнің күйі бұған мүмкіндік бермейді", "Состояние заявки не допускает действие", "Illegal transition",
            "Өтінімнің қазіргі күйінде бұл әрекет мүмкін емес: %s",
            "В текущем состоянии заявки это действие невозможно: %s",
            "The request's state does not allow this: %s"),
    CONCURRENT_UPDATE(409,
            "Өтінімді басқа біреу өзгертті", "Заявку изменил другой пользователь", "Concurrent update",
            "Өтінім дәл осы сәтте өзгертілді; оны қайта оқып, әрекетті қайталаңыз (%s)",
            "Заявка только что изменена; перечитайте её и повторите действие (%s)",
            "The request was changed meanwhile; read it again and retry (%s)"),
    STALE_REVISION(412,
            "Өтінімнің нұсқасы ескірген", "Версия заявки устарела", "Stale revision",
            "If-Match %s нұсқасын күтеді, өтінімнің қазіргі нұсқасы — %s",
            "If-Match ожидает ревизию %s, текущая ревизия заявки — %s",
            "If-Match expects revision %s, the request is at revision %s"),
    IDEMPOTENCY_CONFLICT(422,
            "Idempotency-Key қайта пайдаланылды", "Idempotency-Key использован повторно", "Idempotency key reused",
            "«%s» кілті басқа өтінімге пайдаланылған",
            "Ключ «%s» уже использован для другой заявки",
            "The key '%s' was used for a different submission"),
    SIGNATURE_REJECTED(422,
            "Қолтаңба қабылданбады", "Подпись отклонена", "Signature rejected",
            "Электрондық цифрлық қолтаңба тексеруден өтпеді: %s",
            "Электронная цифровая подпись не прошла проверку: %s",
            "The electronic signature failed its check: %s"),
    PAYLOAD_TOO_LARGE(413,
            "Сұрау денесі тым үлкен", "Тело запроса слишком велико", "Payload too large",
            "Сұрау денесі %s байттан аспауы тиіс",
            "Тело запроса не должно превышать %s байт",
            "The request body must not exceed %s bytes"),
    REQUEST_TIMEOUT(408,
            "Сұрау уақыты өтті", "Время запроса истекло", "Request timeout",
            "Сұрау толық келмеді: %s",
            "Запрос не пришёл полностью: %s",
            "The request did not arrive in full: %s"),
    URI_TOO_LONG(414,
            "URI тым ұзын", "URI слишком длинный", "URI too long",
            "Сұрау жолы мен параметрлері %s байттан аспауы тиіс",
            "Путь и параметры запроса не должны превышать %s байт",
            "The request's path and query must not exceed %s bytes"),
    HEADERS_TOO_LARGE(431,
            "Тақырыптар тым үлкен", "Заголовки слишком велики", "Request headers too large",
            "Сұрау тақырыптары %s байттан аспауы тиіс",
            "Заголовки запроса не должны превышать %s байт",
            "The request's headers must not exceed %s bytes"),
    MALFORMED_HTTP(400,
            "HTTP сұрауы қате", "Некорректный HTTP-запрос", "Malformed HTTP request",
            "Сұрау HTTP ережелерін бұзады: %s",
            "Запрос нарушает правила HTTP: %s",
            "The request breaks the rules of HTTP: %s"),
    UNAVAILABLE(503,
            "Сервер қолжетімсіз", "Сервер недоступен", "Service unavailable",
            "Сервер қазір сұрауды қабылдай алмайды: %s",
            "Сервер сейчас не может принять запрос: %s",
            "The server cannot take the request now: %s"),
    INTERNAL(500,
            "Ішкі қате", "Внутренняя ошибка", "Internal error",
            "Серверде күтпеген қате болды; сұрау идентификаторы %s",
            "На сервере произошла непредвиденная ошибка; идентификатор запроса %s",
            "The server met an unexpected error; request id %s");

    private final int status;
    private final String[] titles;
    private final String[] details;

    ProblemType(int status, String titleKk, String titleRu, String titleEn, String detailKk, String detailRu, String detailEn) {
        this.status = status;
        this.titles = new String[] {titleKk, titleRu, titleEn};
        this.details = new String[] {detailKk, detailRu, detailEn};
    }

    public int status() {
        return status;
    }

    /** The stable type URI, relative to the API's base: {@code /problems/unknown-service}. */
    public String uri() {
        return "/problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String title(Language language) {
        return titles[language.ordinal()];
    }

    public String detail(Language language, Object... arguments) {
        return String.format(Locale.ROOT, details[language.ordinal()], arguments);
    }
}
