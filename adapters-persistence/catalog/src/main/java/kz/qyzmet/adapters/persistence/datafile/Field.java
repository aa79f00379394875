package kz.qyzmet.adapters.persistence.datafile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * A JSON value of a data file (the catalog, the calendar) together with its path, so that every read can
 * say exactly which field broke which rule.
 */
public final class Field {

    private final JsonNode node;
    private final String path;

    public Field(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public String path() {
        return path;
    }

    public boolean isNull() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    public boolean has(String name) {
        return node.isObject() && node.has(name);
    }

    /** A member that must be present and not null. */
    public Field required(String name) {
        Field member = member(name);
        if (member.isNull()) {
            throw member.broken("required");
        }
        return member;
    }

    /** A member that may be absent or null. */
    public Optional<Field> optional(String name) {
        Field member = member(name);
        return member.isNull() ? Optional.empty() : Optional.of(member);
    }

    private Field member(String name) {
        requireObject();
        return new Field(node.get(name), path.isEmpty() ? name : path + "." + name);
    }

    /** Rejects members other than those named: a misspelt field must not be silently ignored. */
    public Field allowOnly(String... names) {
        requireObject();
        Set<String> allowed = Set.of(names);
        Iterator<String> members = node.fieldNames();
        while (members.hasNext()) {
            String name = members.next();
            if (!allowed.contains(name)) {
                throw new Field(node.get(name), path.isEmpty() ? name : path + "." + name)
                        .broken("unknown field; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return this;
    }

    /** The members of an object, in file order. */
    public List<Map.Entry<String, Field>> members() {
        requireObject();
        List<Map.Entry<String, Field>> members = new ArrayList<>();
        node.fields().forEachRemaining(entry -> members.add(
                Map.entry(entry.getKey(), new Field(entry.getValue(), path + "." + entry.getKey()))));
        return members;
    }

    public List<Field> elements() {
        if (!node.isArray()) {
            throw broken("must be an array");
        }
        List<Field> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Field(node.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** The elements of an array, each read by {@code reader}; the array must not be empty. */
    public <T> List<T> nonEmptyList(Function<Field, T> reader) {
        List<Field> elements = elements();
        if (elements.isEmpty()) {
            throw broken("must not be empty");
        }
        return elements.stream().map(reader).toList();
    }

    public <T> List<T> list(Function<Field, T> reader) {
        return elements().stream().map(reader).toList();
    }

    public String text() {
        if (!node.isTextual()) {
            throw broken("must be a string");
        }
        if (node.asText().isBlank()) {
            throw broken("must not be blank");
        }
        return node.asText();
    }

    public int positiveInt() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw broken("must be a whole number");
        }
        int value = node.asInt();
        if (value < 1) {
            throw broken("must be at least 1, was " + value);
        }
        return value;
    }

    public boolean bool() {
        if (!node.isBoolean()) {
            throw broken("must be true or false");
        }
        return node.asBoolean();
    }

    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String text = text();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw broken("must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + text + "'");
        }
    }

    public <E extends Enum<E>> Set<E> enumSet(Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        for (Field element : elements()) {
            if (!values.add(element.enumValue(type))) {
                throw element.broken("appears twice");
            }
        }
        if (values.isEmpty()) {
            throw broken("must not be empty");
        }
        return values;
    }

    public LocalDate date() {
        return parse("a date YYYY-MM-DD", () -> LocalDate.parse(text()));
    }

    public LocalTime time() {
        return parse("a time HH:MM", () -> LocalTime.parse(text()));
    }

    public MonthDay monthDay() {
        return parse("a day of the year --MM-DD", () -> MonthDay.parse(text()));
    }

    public Period period() {
        return parse("an ISO-8601 period such as P1M", () -> Period.parse(text()));
    }

    private <T> T parse(String form, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (DateTimeParseException e) {
            throw broken("must be " + form + ", was '" + node.asText() + "'");
        }
    }

    /**
     * A {@link LocalizedText}: {@code kk} and/or {@code ru}, optional {@code en}, and {@code translated}
     * listing the languages that are a translation rather than source text (English always is).
     */
    public LocalizedText localizedText() {
        allowOnly("kk", "ru", "en", "translated");
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            optional(language.tag()).ifPresent(t -> texts.put(language, t.text()));
        }
        Set<Language> translated = new HashSet<>();
        optional("translated").ifPresent(list -> list.elements().forEach(tag ->
                translated.add(Language.ofTag(tag.text()).orElseThrow(() -> tag.broken("must be kk, ru or en")))));
        if (texts.containsKey(Language.EN) && !translated.contains(Language.EN)) {
            throw broken("en is always a translation: list it in \"translated\"");
        }
        return build(() -> new LocalizedText(texts, translated));
    }

    /** Runs a domain constructor; its rule becomes this field's error. */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw broken(e.getMessage());
        }
    }

    private void requireObject() {
        if (node == null || !node.isObject()) {
            throw broken("must be an object");
        }
    }

    public FieldException broken(String rule) {
        return new FieldException(path.isEmpty() ? "(file)" : path, rule);
    }
}
