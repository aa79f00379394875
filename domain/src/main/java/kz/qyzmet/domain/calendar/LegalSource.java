package kz.qyzmet.domain.calendar;

import java.util.Objects;

/**
 * The legal act a calendar rule comes from: a law, a government decree or a minister's order.
 *
 * @param act the act's number, date and title
 * @param at  where in it, and in which version or amendment
 * @param url where to read it, or null
 */
public record LegalSource(String act, String at, String url) {
    public LegalSource {
        if (act == null || act.isBlank()) {
            throw new IllegalArgumentException("act: required (number, date and title of the act)");
        }
        if (at == null || at.isBlank()) {
            throw new IllegalArgumentException("at: required (article, and the version or amendment)");
        }
        if (url != null && url.isBlank()) {
            throw new IllegalArgumentException("url: must not be blank when given");
        }
    }

    @Override
    public String toString() {
        return act + ", " + at;
    }

    static LegalSource require(LegalSource source, String field) {
        return Objects.requireNonNull(source, field + ": a legal source is required");
    }
}
