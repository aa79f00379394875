package kz.qyzmet.adapters.persistence.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.Stage;

/**
 * The stored form of a request's {@link ReportFacts} (column {@code service_requests.report_facts}, V18): a line of
 * text, not JSON, because the department's monthly report reads tens of thousands of them and splitting a line costs a
 * fraction of a JSON reader. The provider, service and channel are the row's own columns and are not repeated.
 *
 * <pre>
 * 1;received;event;event...
 * event      = KIND,at,TO_STATUS,keys,acceptance
 * keys       = key|key...              (escaped: % ; , | / as %25 %3B %2C %7C %2F)
 * acceptance = acceptedAt|dueAt|step|step...   step = ROLE/STAGE/dueAt  (STAGE is - for a step without one)
 * instant    = epochSecond or epochSecond.nnnnnnnnn
 * </pre>
 *
 * The leading {@value #FORMAT} is the form's version: a row with another version (or none: stored before V18) is read
 * as having no facts, and the store derives them from the whole request. A change of what the facts hold, or of how
 * {@link ReportFacts#of} derives them, must raise the version, so that no row is read under rules it was not written
 * with.
 */
final class StoredReportFacts {

    /** The version of the form written now. */
    static final String FORMAT = "1";
    private static final String PREFIX = FORMAT + ";";

    private StoredReportFacts() {
    }

    static String write(ReportFacts facts) {
        StringBuilder text = new StringBuilder(256).append(PREFIX);
        instant(text, facts.receivedAt());
        for (ReportFacts.Event event : facts.events()) {
            text.append(';').append(event.kind().name()).append(',');
            instant(text, event.at());
            text.append(',').append(event.to().name()).append(',');
            for (int i = 0; i < event.keys().size(); i++) {
                if (i > 0) {
                    text.append('|');
                }
                escape(text, event.keys().get(i));
            }
            text.append(',');
            ReportFacts.Acceptance acceptance = event.acceptance();
            if (acceptance != null) {
                instant(text, acceptance.acceptedAt());
                text.append('|');
                instant(text, acceptance.dueAt());
                for (ReportFacts.Step step : acceptance.steps()) {
                    text.append('|').append(step.role().name()).append('/').append(step.stage().map(Stage::name).orElse("-")).append('/');
                    instant(text, step.dueAt());
                }
            }
        }
        return text.toString();
    }

    /**
     * The facts of the row, or empty if it holds none in this form (null, or another version).
     *
     * @throws StoredDataException if the row holds facts of this version that do not read
     */
    static Optional<ReportFacts> read(String id, String text, ProviderId provider, ServiceId service, Channel channel) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            // read in place, field by field, rather than split into arrays of strings: the department's month reads
            // tens of thousands of lines, and splitting them was a third of its time in the JVM (docs/BENCHMARKS.md,
            // "The department's month within 500 ms?")
            int end = end(text, PREFIX.length(), ';');
            Instant received = instant(text, PREFIX.length(), end);
            List<ReportFacts.Event> events = new ArrayList<>();
            while (end < text.length()) {
                int start = end + 1;
                end = end(text, start, ';');
                events.add(event(text, start, end));
            }
            return Optional.of(new ReportFacts(provider, service, channel, received, events));
        } catch (RuntimeException e) {
            throw new StoredDataException("service_requests", id, "the report facts cannot be read: " + e.getMessage(), e);
        }
    }

    /** The event held in {@code text} from {@code start} to {@code end}: {@code KIND,at,TO_STATUS,keys,acceptance}. */
    private static ReportFacts.Event event(String text, int start, int end) {
        int[] commas = new int[4];
        int found = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ',') {
                if (found == commas.length) {
                    found++;
                    break;
                }
                commas[found++] = i;
            }
        }
        if (found != commas.length) {
            throw new IllegalArgumentException("an event has 5 fields, was '" + text.substring(start, end) + "'");
        }
        ReportFacts.Kind kind = ReportFacts.Kind.valueOf(text.substring(start, commas[0]));
        Instant at = instant(text, commas[0] + 1, commas[1]);
        RequestStatus to = RequestStatus.valueOf(text.substring(commas[1] + 1, commas[2]));
        List<String> keys = new ArrayList<>();
        for (int from = commas[2] + 1; from < commas[3]; ) {
            int until = end(text, from, '|', commas[3]);
            keys.add(unescape(text.substring(from, until)));
            from = until + 1;
            if (until < commas[3] && from == commas[3]) {
                keys.add("");
            }
        }
        ReportFacts.Acceptance acceptance = null;
        if (commas[3] + 1 < end) {
            int acceptedEnd = end(text, commas[3] + 1, '|', end);
            int dueEnd = end(text, Math.min(acceptedEnd + 1, end), '|', end);
            if (acceptedEnd == end) {
                throw new IllegalArgumentException("an acceptance has its moment and its deadline, was '" + text.substring(commas[3] + 1, end) + "'");
            }
            List<ReportFacts.Step> steps = new ArrayList<>();
            for (int from = dueEnd + 1; from <= end && dueEnd < end; ) {
                int until = end(text, from, '|', end);
                steps.add(step(text, from, until));
                from = until + 1;
            }
            acceptance = new ReportFacts.Acceptance(instant(text, commas[3] + 1, acceptedEnd), instant(text, acceptedEnd + 1, dueEnd), steps);
        }
        return new ReportFacts.Event(kind, at, to, keys, acceptance);
    }

    /** A step held in {@code text} from {@code start} to {@code end}: {@code ROLE/STAGE/dueAt}. */
    private static ReportFacts.Step step(String text, int start, int end) {
        int first = end(text, start, '/', end);
        int second = first == end ? end : end(text, first + 1, '/', end);
        if (second == end || end(text, second + 1, '/', end) != end) {
            throw new IllegalArgumentException("a step has 3 fields, was '" + text.substring(start, end) + "'");
        }
        String stage = text.substring(first + 1, second);
        return new ReportFacts.Step(Role.valueOf(text.substring(start, first)),
                stage.equals("-") ? Optional.empty() : Optional.of(Stage.valueOf(stage)), instant(text, second + 1, end));
    }

    /** Where the field of {@code text} that begins at {@code from} ends: at the next {@code separator}, or the line's end. */
    private static int end(String text, int from, char separator) {
        return end(text, from, separator, text.length());
    }

    /** Where the field of {@code text} that begins at {@code from} ends: at the next {@code separator}, or at {@code limit}. */
    private static int end(String text, int from, char separator, int limit) {
        for (int at = from; at < limit; at++) {
            if (text.charAt(at) == separator) {
                return at;
            }
        }
        return limit;
    }

    private static void instant(StringBuilder text, Instant instant) {
        text.append(instant.getEpochSecond());
        if (instant.getNano() != 0) {
            String nanos = Integer.toString(instant.getNano());
            text.append('.').append("000000000", nanos.length(), 9).append(nanos);
        }
    }

    /** The instant held in {@code text} from {@code start} to {@code end}: {@code epochSecond} or {@code epochSecond.nnnnnnnnn}. */
    private static Instant instant(String text, int start, int end) {
        int dot = end(text, start, '.', end);
        if (dot == end) {
            return Instant.ofEpochSecond(Long.parseLong(text, start, end, 10));
        }
        if (end - dot - 1 != 9) {
            throw new IllegalArgumentException("an instant's nanoseconds have 9 digits, was '" + text.substring(start, end) + "'");
        }
        return Instant.ofEpochSecond(Long.parseLong(text, start, dot, 10), Integer.parseInt(text, dot + 1, end, 10));
    }

    private static void escape(StringBuilder text, String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case '%' -> text.append("%25");
                case ';' -> text.append("%3B");
                case ',' -> text.append("%2C");
                case '|' -> text.append("%7C");
                case '/' -> text.append("%2F");
                default -> text.append(c);
            }
        }
    }

    private static String unescape(String key) {
        if (key.indexOf('%') < 0) {
            return key;
        }
        StringBuilder text = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '%') {
                text.append((char) Integer.parseInt(key.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
