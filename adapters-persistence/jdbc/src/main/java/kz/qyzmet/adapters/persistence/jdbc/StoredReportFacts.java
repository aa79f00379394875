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
            String[] parts = text.split(";", -1);
            Instant received = instant(parts[1]);
            List<ReportFacts.Event> events = new ArrayList<>(parts.length - 2);
            for (int i = 2; i < parts.length; i++) {
                events.add(event(parts[i]));
            }
            return Optional.of(new ReportFacts(provider, service, channel, received, events));
        } catch (RuntimeException e) {
            throw new StoredDataException("service_requests", id, "the report facts cannot be read: " + e.getMessage(), e);
        }
    }

    private static ReportFacts.Event event(String text) {
        String[] fields = text.split(",", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("an event has 5 fields, was '" + text + "'");
        }
        ReportFacts.Kind kind = ReportFacts.Kind.valueOf(fields[0]);
        List<String> keys = new ArrayList<>();
        if (!fields[3].isEmpty()) {
            for (String key : fields[3].split("\\|", -1)) {
                keys.add(unescape(key));
            }
        }
        ReportFacts.Acceptance acceptance = null;
        if (!fields[4].isEmpty()) {
            String[] values = fields[4].split("\\|", -1);
            List<ReportFacts.Step> steps = new ArrayList<>(values.length - 2);
            for (int i = 2; i < values.length; i++) {
                String[] step = values[i].split("/", -1);
                if (step.length != 3) {
                    throw new IllegalArgumentException("a step has 3 fields, was '" + values[i] + "'");
                }
                steps.add(new ReportFacts.Step(Role.valueOf(step[0]),
                        step[1].equals("-") ? Optional.empty() : Optional.of(Stage.valueOf(step[1])), instant(step[2])));
            }
            acceptance = new ReportFacts.Acceptance(instant(values[0]), instant(values[1]), steps);
        }
        return new ReportFacts.Event(kind, instant(fields[1]), RequestStatus.valueOf(fields[2]), keys, acceptance);
    }

    private static void instant(StringBuilder text, Instant instant) {
        text.append(instant.getEpochSecond());
        if (instant.getNano() != 0) {
            String nanos = Integer.toString(instant.getNano());
            text.append('.').append("000000000", nanos.length(), 9).append(nanos);
        }
    }

    private static Instant instant(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        String nanos = text.substring(dot + 1);
        if (nanos.length() != 9) {
            throw new IllegalArgumentException("an instant's nanoseconds have 9 digits, was '" + text + "'");
        }
        return Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)), Integer.parseInt(nanos));
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
