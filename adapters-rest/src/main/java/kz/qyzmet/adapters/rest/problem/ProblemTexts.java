package kz.qyzmet.adapters.rest.problem;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qyzmet.adapters.rest.language.Labels;
import kz.qyzmet.application.request.port.out.StoreBusyException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.request.ForbiddenActionException;
import kz.qyzmet.domain.request.IllegalTransitionException;

/**
 * Renders the structured data of the application's and domain's errors — statuses, actions, roles, rules worded in
 * three languages, the rule a field broke — as the sentences of a problem document in the reader's language.
 * English stays as the code wrote it; Kazakh and Russian are composed here, so that no English phrase reaches a
 * Kazakh or Russian reader (codes and ids, such as {@code ISSUED} or a field's name, stay as they are).
 */
final class ProblemTexts {

    /** A moment as the deadline explanations write it: "2026-12-07 09:00 +05:00". */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);
    /** A quoted value at the end of an English message: "…, was 'x'". */
    private static final Pattern WAS = Pattern.compile("was '(.*)'$");
    /** The values a code allows, as an English message lists them: "one of [A, B]". */
    private static final Pattern ONE_OF = Pattern.compile("one of \\[([^\\]]*)\\]");
    /** An example an English message gives: "such as 2025-03-17T10:00:00+05:00". */
    private static final Pattern SUCH_AS = Pattern.compile("such as (\\S+?)\\)?$|such as (\\S+?)\\)");
    /** A count of digits an English message demands: "must be 12 digits", "must be the 6 digits sent by SMS". */
    private static final Pattern DIGITS = Pattern.compile("^must be (the )?(\\d+) digits( sent by SMS)?");
    /** A length and the characters an English message allows: "must be 8-100 letters, digits, '.', '_', ':' or '-'". */
    private static final Pattern LETTERS = Pattern.compile("^must be (\\d+)-(\\d+) letters, digits, (.*?)(, was '.*')?$");
    /** A month an English message demands: "must be a month as YYYY-MM". */
    private static final Pattern MONTH = Pattern.compile("^must be a month as (\\S+)");
    /** The bounds of Hibernate Validator's own messages: "size must be between 1 and 100", "must be greater than or equal to 1". */
    private static final Pattern BETWEEN = Pattern.compile("between (-?\\d+) and (-?\\d+)");
    private static final Pattern AT_LEAST = Pattern.compile("greater than or equal to (-?\\d+)");
    private static final Pattern AT_MOST = Pattern.compile("less than or equal to (-?\\d+)");
    /** The regular expression of Hibernate Validator's own message: "must match \"[a-z]+\"". */
    private static final Pattern MATCH = Pattern.compile("^must match \"(.*)\"$");

    private ProblemTexts() {
    }

    private static String pick(Language language, String kk, String ru, String en) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }

    /** A moment in the deployment's time zone, as the deadline explanations write it: "2026-12-07 09:00 +05:00". */
    static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }

    /**
     * Why the request's state does not allow the action; a moment the rule names ({@link IllegalTransitionException#notBefore})
     * in the deployment's time zone.
     */
    static String transition(IllegalTransitionException e, Language language, ZoneId zone) {
        String status = Labels.of(e.status(), language);
        String action = Labels.of(e.action(), language);
        if (e.rule().isPresent()) {
            String rule = e.rule().get().in(language).text();
            if (e.notBefore().isPresent()) {
                Instant notBefore = e.notBefore().get();
                rule = rule.replace(notBefore.toString(), moment(notBefore, zone));
            }
            return pick(language, "күйі " + status + " өтініште " + action + " әрекеті әзірге мүмкін емес: ",
                    "статус " + status + ", действие " + action + " пока невозможно: ",
                    "a request in " + status + " cannot " + action + " yet: ") + rule;
        }
        if (e.ruledInEnglishOnly()) {
            // a rule worded in English only: the reader gets the states and the action in their language
            return pick(language, "күйі " + status + " өтініште " + action + " әрекеті әзірге мүмкін емес",
                    "статус " + status + ", действие " + action + " пока невозможно",
                    e.getMessage().substring("status: ".length()));
        }
        String allowed = e.allowed().isEmpty()
                ? pick(language, "ештеңе (өтініш жабық)", "ничего (заявка закрыта)", "nothing (the request is closed)")
                : Labels.actions(e.allowed(), language);
        return pick(language, "күйі " + status + " өтініште " + action + " әрекеті мүмкін емес; мүмкін әрекеттер: " + allowed,
                "заявка в статусе " + status + " не допускает действие " + action + "; допустимо: " + allowed,
                "a request in " + status + " cannot " + action + "; allowed: " + allowed);
    }

    /** Why the actor may not take the action. */
    static String forbidden(ForbiddenActionException e, Language language) {
        if (e.rule().isPresent()) {
            return e.rule().get().in(language).text();
        }
        String role = Labels.of(e.role(), language);
        String action = Labels.of(e.action(), language);
        if (e.status() == null) {
            return pick(language, role + " рөлі " + action + " әрекетін орындай алмайды",
                    "роль " + role + " не может выполнить действие " + action, e.getMessage());
        }
        String status = Labels.of(e.status(), language);
        String allowed = Labels.roles(e.allowed(), language);
        return pick(language, role + " рөлі күйі " + status + " өтініште " + action + " әрекетін орындай алмайды; орындай алады: " + allowed,
                "роль " + role + " не может выполнить действие " + action + " в статусе " + status + "; могут: " + allowed,
                "role " + role + " may not " + action + " a request in " + status + "; " + allowed + " may");
    }

    /** A role that does not serve a counter records a visit there. */
    static String counterVisit(Role role, Channel channel, Role allowed, Language language) {
        return pick(language,
                Labels.of(role, language) + " рөлі " + channel + " арнасының келушілерін тіркемейді; тіркейді: " + Labels.of(allowed, language),
                "роль " + Labels.of(role, language) + " не записывает посещения канала " + channel + "; записывает: " + Labels.of(allowed, language),
                "role " + Labels.of(role, language) + " may not record a visit to the " + channel + " counter; " + Labels.of(allowed, language)
                        + " may");
    }

    /** What the store is doing while it takes no work. */
    static String maintenance(StoreBusyException.Maintenance maintenance, Language language) {
        return switch (maintenance) {
            case COMPACTION -> pick(language, "дерекқор файлын ықшамдау", "сжатие файла базы данных", "compaction of the database file");
        };
    }

    /** Why a request got no further than authentication. */
    static String unauthenticated(UnauthenticatedException.Reason reason, Language language) {
        return switch (reason) {
            case NO_HEADER -> pick(language, "Authorization тақырыбы жоқ; «Authorization: Bearer <токен>» жіберіңіз",
                    "нет заголовка Authorization; отправьте «Authorization: Bearer <токен>»",
                    "no Authorization header; send 'Authorization: Bearer <token>'");
            case NOT_BEARER -> pick(language, "Authorization тақырыбы «Bearer <токен>» түрінде болуы тиіс",
                    "заголовок Authorization должен иметь вид «Bearer <токен>»", "the Authorization header must be 'Bearer <token>'");
            case UNKNOWN_TOKEN -> pick(language, "Bearer токені белгісіз", "Bearer-токен неизвестен", "the bearer token is not known");
        };
    }

    /** What is wrong with a body that cannot be read. */
    static String malformed(MalformedBodyException e, Language language) {
        String subject = e.subject();
        return switch (e.kind()) {
            case EMPTY -> pick(language, "сұрау денесі бос; JSON нысаны қажет", "тело запроса пустое; нужен объект JSON", e.getMessage());
            case NULL -> pick(language, "сұрау денесі null; JSON нысаны қажет", "тело запроса — null; нужен объект JSON", e.getMessage());
            case UNKNOWN_FIELD -> pick(language, "белгісіз өріс «" + subject + "»", "неизвестное поле «" + subject + "»", e.getMessage());
            case WRONG_VALUE -> pick(language, "«" + subject + "» өрісінің мәні қате", "неверное значение поля «" + subject + "»", e.getMessage());
            case WRONG_TYPE -> pick(language, "«" + subject + "» өрісінің түрі қате", "неверный тип поля «" + subject + "»", e.getMessage());
            case INVALID -> pick(language, "«" + subject + "» өрісі оқылмайды", "поле «" + subject + "» не читается", e.getMessage());
            case SYNTAX -> pick(language, "JSON қате" + subject, "ошибка синтаксиса JSON" + subject, e.getMessage());
            case ENCODING -> pick(language, "сұрау денесі UTF-8 емес", "тело запроса не в кодировке UTF-8", e.getMessage());
            case HTTP -> pick(language, "сұрауды өңдеу мүмкін емес (HTTP " + subject + ")", "запрос не может быть обработан (HTTP " + subject + ")",
                    e.getMessage());
        };
    }

    /** What a failed signature check means. */
    static String signature(String check, Language language) {
        return switch (check) {
            case "MALFORMED" -> pick(language, "бұл қолтаңба емес", "это не подпись", "is not a signature");
            case "CERTIFICATE_EXPIRED" -> pick(language, "сертификаттың мерзімі өтті", "срок действия сертификата истек", "the certificate has expired");
            case "CERTIFICATE_REVOKED" -> pick(language, "сертификат кері қайтарылған", "сертификат отозван", "the certificate is revoked");
            case "IIN_MISMATCH" -> pick(language, "сертификаттағы ЖСН өтініш берушінікі емес", "ИИН в сертификате не совпадает с ИИН услугополучателя",
                    "the IIN in the certificate is not the applicant's");
            default -> pick(language, "тексеру: " + check, "проверка: " + check, check);
        };
    }

    /**
     * A broken rule of a field in the reader's language: the rule's name is the key, the value the English message
     * quotes ("was 'x'") its argument. English keeps the code's own message.
     */
    static Problem.FieldError field(Problem.FieldError error, Language language) {
        if (language == Language.EN || error.message() == null) {
            return error;
        }
        Matcher was = WAS.matcher(error.message());
        String value = was.find() ? was.group(1) : null;
        String valueKk = value == null ? "" : ", берілгені: «" + value + "»";
        String valueRu = value == null ? "" : ", получено: «" + value + "»";
        Matcher oneOf = ONE_OF.matcher(error.message());
        String allowed = oneOf.find() ? oneOf.group(1) : null;
        Matcher suchAs = SUCH_AS.matcher(error.message());
        String example = suchAs.find() ? (suchAs.group(1) != null ? suchAs.group(1) : suchAs.group(2)) : null;
        String exampleKk = example == null ? "" : " (мысалы, " + example + ")";
        String exampleRu = example == null ? "" : " (например, " + example + ")";
        String rule = error.rule() == null ? "" : error.rule();
        String message = switch (rule) {
            case "NotNull", "required", "NotEmpty" -> pick(language, "міндетті өріс", "обязательное поле", null)
                    + (allowed == null ? "" : pick(language, "; мәндері: ", "; значения: ", "") + allowed);
            case "NotBlank" -> pick(language, "бос болмауы тиіс", "не должно быть пустым", null);
            case "Pattern", "format", "etag" -> format(error.message(), language) + pick(language, exampleKk + valueKk, exampleRu + valueRu, null);
            case "Size" -> pick(language, "ұзындығы немесе саны рұқсат етілген шектен тыс", "длина или количество вне допустимых пределов", null)
                    + bounds(error.message(), language);
            case "Min", "Max", "Positive", "PositiveOrZero", "integer" -> pick(language, "сан рұқсат етілген шектен тыс", "число вне допустимых пределов", null)
                    + bounds(error.message(), language) + pick(language, valueKk, valueRu, null);
            case "enum" -> allowed == null
                    ? pick(language, "мүмкін мәндердің бірі болуы тиіс" + valueKk, "должно быть одним из допустимых значений" + valueRu, null)
                    : pick(language, "мына мәндердің бірі болуы тиіс: " + allowed + valueKk, "должно быть одним из значений: " + allowed + valueRu, null);
            case "uuid" -> pick(language, "өтінім идентификаторы (UUID) болуы тиіс" + valueKk, "должно быть идентификатором заявки (UUID)" + valueRu, null);
            case "date" -> pick(language, "YYYY-MM-DD күні болуы тиіс" + valueKk, "должно быть датой YYYY-MM-DD" + valueRu, null);
            case "year" -> pick(language, "төрт таңбалы жыл болуы тиіс" + valueKk, "должно быть годом из четырех цифр" + valueRu, null);
            case "boolean" -> pick(language, "true немесе false болуы тиіс" + valueKk, "должно быть true или false" + valueRu, null);
            case "order" -> pick(language, "уақыттардың реті бұзылған", "нарушен порядок моментов времени", null);
            case "past" -> pick(language, "болашақта болмауы тиіс", "не должно быть в будущем", null);
            case "counter" -> pick(language, "өтініш кеңсеге немесе Мемлекеттік корпорацияға берілмеген",
                    "заявка подана не в канцелярию и не в Государственную корпорацию", null);
            case "version" -> pick(language, "бұл күні стандарттың күшіндегі нұсқасы жоқ", "на этот день нет действующей редакции стандарта", null);
            case "unknown" -> pick(language, "бұл сұраудың өрісі емес", "не является полем этого запроса", null);
            case "type" -> pick(language, "түрі қате", "неверный тип", null);
            case "value" -> pick(language, "оқылмайды", "не читается", null);
            case "encoding" -> pick(language, "UTF-8 болуы тиіс", "должно быть в кодировке UTF-8", null);
            case "applicable" -> pick(language, "бұл қызметтің өтініштері бұл өріссіз қабылданады",
                    "заявления на эту услугу принимаются без этого поля", null);
            case "registered" -> pick(language, "жеке тұлғалар тізілімінде жоқ", "отсутствует в реестре физических лиц", null);
            default -> pick(language, "«" + rule + "» ережесі бұзылды" + valueKk, "нарушено правило «" + rule + "»" + valueRu, null);
        };
        return new Problem.FieldError(error.field(), error.rule(), message);
    }

    /**
     * What a value's format must be, in Kazakh or Russian, from the English message that states it (a count of digits,
     * a length and the characters allowed, a month, a regular expression); only "the format is wrong" where the
     * message states none of them.
     */
    private static String format(String english, Language language) {
        Matcher digits = DIGITS.matcher(english);
        if (digits.find()) {
            String count = digits.group(2);
            return digits.group(3) != null
                    ? pick(language, "SMS арқылы жіберілген " + count + " цифр болуы тиіс", "должно быть " + count + " цифрами из SMS", null)
                    : pick(language, count + " цифрдан тұруы тиіс", "должно состоять из " + count + " цифр", null);
        }
        Matcher letters = LETTERS.matcher(english);
        if (letters.find()) {
            String characters = letters.group(3).replace(" or ", ", ");
            return pick(language, letters.group(1) + "–" + letters.group(2) + " латын әрпінен, цифрдан немесе " + characters + " таңбаларынан тұруы тиіс",
                    "должно состоять из " + letters.group(1) + "–" + letters.group(2) + " латинских букв, цифр или знаков " + characters, null);
        }
        Matcher month = MONTH.matcher(english);
        if (month.find()) {
            return pick(language, month.group(1) + " түріндегі ай болуы тиіс", "должно быть месяцем в виде " + month.group(1), null);
        }
        Matcher match = MATCH.matcher(english);
        if (match.find()) {
            return pick(language, "«" + match.group(1) + "» үлгісіне сәйкес болуы тиіс", "должно соответствовать шаблону «" + match.group(1) + "»", null);
        }
        return pick(language, "пішімі қате", "неверный формат", null);
    }

    /** The bounds an English message states, as "(from 1 to 100)" in Kazakh or Russian; nothing where it states none. */
    private static String bounds(String english, Language language) {
        Matcher between = BETWEEN.matcher(english);
        if (between.find()) {
            return pick(language, " (" + between.group(1) + "…" + between.group(2) + " аралығында болуы тиіс)",
                    " (должно быть от " + between.group(1) + " до " + between.group(2) + ")", null);
        }
        Matcher atLeast = AT_LEAST.matcher(english);
        if (atLeast.find()) {
            return pick(language, " (кемінде " + atLeast.group(1) + " болуы тиіс)", " (должно быть не меньше " + atLeast.group(1) + ")", null);
        }
        Matcher atMost = AT_MOST.matcher(english);
        if (atMost.find()) {
            return pick(language, " (көп дегенде " + atMost.group(1) + " болуы тиіс)", " (должно быть не больше " + atMost.group(1) + ")", null);
        }
        return "";
    }
}
