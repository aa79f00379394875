package kz.qyzmet.adapters.rest.language;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.Action;
import kz.qyzmet.domain.request.RequestStatus;

/**
 * The names a reader sees for the codes of a request's lifecycle — its statuses, actions and the roles that take
 * them — in Kazakh, Russian and English (Qyzmet's own wording; English a translation), in the terms of the
 * project's glossary (DESIGN's ubiquitous language: өтініш / заявление, бұрыштама / резолюция …). A name is shown
 * with its code, «Выдано» (ISSUED), so that the reader can match it to the API's fields.
 */
public final class Labels {

    private static final Map<RequestStatus, LocalizedText> STATUSES = new EnumMap<>(RequestStatus.class);
    private static final Map<Action, LocalizedText> ACTIONS = new EnumMap<>(Action.class);
    private static final Map<Role, LocalizedText> ROLES = new EnumMap<>(Role.class);

    static {
        status(RequestStatus.SUBMITTED, "берілді", "подано", "submitted");
        status(RequestStatus.INTAKE_REFUSED, "қабылдаудан бас тартылды", "отказано в приеме", "refused at intake");
        status(RequestStatus.ACCEPTED, "қабылданды", "принято", "accepted");
        status(RequestStatus.ASSIGNED, "орындаушыға бұрыштама қойылды", "отписано исполнителю", "assigned");
        status(RequestStatus.IN_REVIEW, "қаралуда", "на рассмотрении", "in review");
        status(RequestStatus.APPROVED, "мақұлданды", "одобрено", "approved");
        status(RequestStatus.REFUSED, "дәлелді бас тартылды", "мотивированный отказ", "refused");
        status(RequestStatus.RESULT_READY, "нәтиже дайын", "результат готов", "result ready");
        status(RequestStatus.AT_STATE_CORPORATION, "Мемлекеттік корпорацияда", "в Государственной корпорации", "at the State Corporation");
        status(RequestStatus.RETURNED_TO_PROVIDER, "көрсетілетін қызметті берушіге қайтарылды", "возвращено услугодателю",
                "returned to the provider");
        status(RequestStatus.ISSUED, "нәтиже берілді", "результат выдан", "issued");
        status(RequestStatus.WITHDRAWN, "кері қайтарылды", "отозвано", "withdrawn");
        action(Action.ACCEPT, "қабылдау", "принять", "accept");
        action(Action.REFUSE_INTAKE, "қабылдаудан бас тарту", "отказать в приеме", "refuse at intake");
        action(Action.ASSIGN, "орындаушыға бұрыштама қою", "отписать исполнителю", "assign");
        action(Action.START_REVIEW, "қарауды бастау", "начать рассмотрение", "start the review");
        action(Action.APPROVE, "мақұлдау", "одобрить", "approve");
        action(Action.REFUSE, "дәлелді бас тарту", "мотивированно отказать", "refuse");
        action(Action.MARK_READY, "нәтижеге қол қою", "подписать результат", "mark the result ready");
        action(Action.ISSUE, "нәтижені беру", "выдать результат", "issue");
        action(Action.HAND_OVER, "Мемлекеттік корпорацияға жіберу", "передать в Государственную корпорацию", "hand over to the State Corporation");
        action(Action.RETURN_TO_PROVIDER, "көрсетілетін қызметті берушіге қайтару", "вернуть услугодателю", "return to the provider");
        action(Action.RE_REQUEST, "нәтижені қайта сұрау", "запросить результат повторно", "request the result again");
        action(Action.WITHDRAW, "кері қайтарып алу", "отозвать", "withdraw");
        action(Action.REFER, "жолдама беру", "выдать направление", "issue a referral");
        role(Role.APPLICANT, "көрсетілетін қызметті алушы", "услугополучатель", "applicant");
        role(Role.INTAKE_OFFICER, "кеңсе қызметкері", "сотрудник канцелярии", "intake officer");
        role(Role.HEAD, "басшы", "руководитель", "head");
        role(Role.EXECUTOR, "орындаушы", "исполнитель", "executor");
        role(Role.STATE_CORPORATION_OPERATOR, "Мемлекеттік корпорация қызметкері", "работник Государственной корпорации",
                "State Corporation operator");
        role(Role.SYSTEM, "жүйе", "система", "system");
    }

    private Labels() {
    }

    private static void status(RequestStatus status, String kk, String ru, String en) {
        STATUSES.put(status, LocalizedText.ours(kk, ru, en));
    }

    private static void action(Action action, String kk, String ru, String en) {
        ACTIONS.put(action, LocalizedText.ours(kk, ru, en));
    }

    private static void role(Role role, String kk, String ru, String en) {
        ROLES.put(role, LocalizedText.ours(kk, ru, en));
    }

    /** «принято» (ACCEPTED). */
    public static String of(RequestStatus status, Language language) {
        return named(STATUSES.get(status), status.name(), language);
    }

    /** «принять» (accept). */
    public static String of(Action action, Language language) {
        return named(ACTIONS.get(action), action.slug(), language);
    }

    /** «исполнитель» (EXECUTOR). */
    public static String of(Role role, Language language) {
        return named(ROLES.get(role), role.name(), language);
    }

    /** Roles, one after the other, in their code order. */
    public static String roles(Collection<Role> roles, Language language) {
        return roles.stream().sorted().map(role -> of(role, language)).collect(Collectors.joining(", "));
    }

    /** Actions, one after the other, in the given order. */
    public static String actions(Collection<Action> actions, Language language) {
        return actions.stream().map(action -> of(action, language)).collect(Collectors.joining(", "));
    }

    private static String named(LocalizedText name, String code, Language language) {
        String text = name.in(language).text();
        return (language == Language.EN ? "'" + text + "'" : "«" + text + "»") + " (" + code + ")";
    }
}
