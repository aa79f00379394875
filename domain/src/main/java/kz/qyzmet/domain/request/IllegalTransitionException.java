package kz.qyzmet.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;

/** An action the request's state does not allow: names the state, the action and what is allowed. */
public final class IllegalTransitionException extends RuntimeException {

    private final RequestStatus status;
    private final Action action;
    private final transient List<Action> allowed;
    private final transient LocalizedText rule;
    private final boolean ruledInEnglishOnly;
    private final Instant notBefore;

    public IllegalTransitionException(RequestStatus status, Action action, List<Action> allowed) {
        super("status: a request in " + status + " cannot " + action.slug() + "; allowed: "
                + (allowed.isEmpty() ? "nothing (the request is closed)" : allowed.stream().map(Action::slug).toList()));
        this.status = status;
        this.action = action;
        this.allowed = List.copyOf(allowed);
        this.rule = null;
        this.ruledInEnglishOnly = false;
        this.notBefore = null;
    }

    /**
     * Raised for a rule of the request beyond the state table (e.g. storage not yet over), in English only: prefer
     * {@link #IllegalTransitionException(RequestStatus, Action, LocalizedText)}, which a reader gets in their language.
     */
    public IllegalTransitionException(RequestStatus status, Action action, String rule) {
        super("status: a request in " + status + " cannot " + action.slug() + " yet: " + rule);
        this.status = status;
        this.action = action;
        this.allowed = List.of();
        this.rule = null;
        this.ruledInEnglishOnly = true;
        this.notBefore = null;
    }

    /** Raised for a rule of the request beyond the state table, worded in kk, ru and en. */
    public IllegalTransitionException(RequestStatus status, Action action, LocalizedText rule) {
        this(status, action, rule, null);
    }

    /**
     * Raised for a rule of time beyond the state table, worded in kk, ru and en: the action is possible from
     * {@code notBefore} on. The rule's texts name that moment as {@link Instant#toString()} writes it, so that an adapter
     * may word it in its time zone instead ({@link #notBefore()}).
     */
    public IllegalTransitionException(RequestStatus status, Action action, LocalizedText rule, Instant notBefore) {
        super("status: a request in " + status + " cannot " + action.slug() + " yet: " + rule.in(Language.EN).text());
        this.status = status;
        this.action = action;
        this.allowed = List.of();
        this.rule = rule;
        this.ruledInEnglishOnly = false;
        this.notBefore = notBefore;
    }

    /**
     * The moment from which the action is possible, where a rule of time stopped it (the request is accepted only then,
     * the State Corporation keeps the result until then); the {@linkplain #rule() rule's} texts name it as
     * {@link Instant#toString()} writes it.
     */
    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }

    /** Whether a rule beyond the state table stopped the action but was worded in English only (its text is the message). */
    public boolean ruledInEnglishOnly() {
        return ruledInEnglishOnly;
    }

    /** The rule beyond the state table that stopped the action, in kk, ru and en, if the thrower worded it so. */
    public Optional<LocalizedText> rule() {
        return Optional.ofNullable(rule);
    }

    public RequestStatus status() {
        return status;
    }

    public Action action() {
        return action;
    }

    public List<Action> allowed() {
        return allowed;
    }
}
