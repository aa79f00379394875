package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;

/**
 * The SQL of the JDBC store's worklists, of the deadline watch's walk over open requests and of the monthly report, with its parameters
 * in order: what the criteria ask, written as {@code WHERE} clauses over the projection columns of
 * {@code service_requests}. "At risk" is {@link kz.qyzmet.domain.deadline.AtRiskShare}'s inequality, term for term.
 *
 * @param sql        the statement
 * @param parameters its parameters, in order
 */
record WorklistSql(String sql, List<Object> parameters) {

    /** The requests of a worklist, earliest deadline first (those without one last), one page. */
    static WorklistSql worklist(String columns, WorklistCriteria criteria) {
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM service_requests WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (criteria.provider() != null) {
            sql.append(" AND provider = ?");
            parameters.add(criteria.provider().value());
        }
        if (criteria.stateCorporationOnly()) {
            sql.append(" AND channel = ?");
            parameters.add(Channel.STATE_CORPORATION.name());
        }
        if (criteria.applicant() != null) {
            sql.append(" AND (applicant_iin = ? OR representative_iin = ?)");
            parameters.add(criteria.applicant().value());
            parameters.add(criteria.applicant().value());
        }
        if (criteria.executor() != null) {
            sql.append(" AND executor = ?");
            parameters.add(criteria.executor().value());
        }
        if (!criteria.statuses().isEmpty()) {
            sql.append(" AND status IN (").append(String.join(", ", criteria.statuses().stream().map(s -> "?").toList())).append(")");
            criteria.statuses().stream().sorted().forEach(status -> parameters.add(status.name()));
        }
        // overdue and at risk are asked of the open requests only: their deadline is open_due_epoch (V17, null for a
        // closed request), so that (provider, open_due_epoch, id) and (channel, open_due_epoch, id) give exactly those
        // rows, in the worklist's order, without reading the closed ones (docs/BENCHMARKS.md, "One city's year")
        boolean openOnly = criteria.overdueAt() != null || criteria.atRiskAt() != null;
        if (criteria.overdueAt() != null) {
            // bounded below as well, so that H2 (which sorts nulls first) seeks past the closed requests' nulls
            sql.append(" AND open_due_epoch >= ? AND open_due_epoch < ?");
            parameters.add(Long.MIN_VALUE);
            parameters.add(criteria.overdueAt().getEpochSecond());
        }
        if (criteria.atRiskAt() != null) {
            // AtRiskShare's inequality, term for term: due >= now and (due - now) * 1000 < perMille * (due - start)
            long now = criteria.atRiskAt().getEpochSecond();
            sql.append(" AND open_due_epoch >= ? AND (open_due_epoch - ?) * 1000 < ? * (open_due_epoch - accepted_epoch)");
            parameters.add(now);
            parameters.add(now);
            parameters.add(criteria.atRiskShare().perMille());
        }
        sql.append(openOnly ? " ORDER BY open_due_epoch ASC, id ASC LIMIT ? OFFSET ?" : " ORDER BY due_epoch ASC NULLS LAST, id ASC LIMIT ? OFFSET ?");
        parameters.add(criteria.limit());
        parameters.add(criteria.offset());
        return new WorklistSql(sql.toString(), parameters);
    }

    /** The open requests with a deadline, by identity after {@code after} (null for the first page), at most {@code limit}. */
    static WorklistSql openWithDeadline(String columns, RequestId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(columns).append(" FROM service_requests WHERE 1 = 1");
        openWithADeadline(sql, parameters);
        if (after != null) {
            sql.append(" AND id > ?");
            parameters.add(after.value());
        }
        sql.append(" ORDER BY id ASC LIMIT ?");
        parameters.add(limit);
        return new WorklistSql(sql.toString(), parameters);
    }

    /**
     * One page of the deadline watch's selective walk, by identity after {@code after}: the rows whose next-watch second
     * has come, stored with this share, and every row with an instant stored with another share (or, for rows stored
     * before V15, with none: share 0), whatever the instant. Three arms of a {@code UNION ALL}, each a range of the
     * index {@code (watch_per_mille, next_watch_epoch)}, as neither H2 nor PostgreSQL seeks an index for an
     * {@code OR} or a {@code <>}; the arms are disjoint by their share. Rows without an instant (nothing left to
     * watch) have a null share and fall in none.
     */
    static WorklistSql dueForWatch(String columns, Instant now, AtRiskShare watchShare, RequestId after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
        }
        List<Object> parameters = new ArrayList<>();
        String byId = after == null ? "" : " AND id > ?";
        StringBuilder sql = new StringBuilder();
        // the lower share is bounded below too, so that H2 (which sorts nulls first) seeks past the rows with nothing to watch
        for (String arm : List.of("watch_per_mille = ? AND next_watch_epoch <= ?", "watch_per_mille >= 0 AND watch_per_mille < ?",
                "watch_per_mille > ?")) {
            sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT ").append(columns)
                    .append(" FROM service_requests WHERE ").append(arm).append(byId);
            parameters.add(watchShare.perMille());
            if (arm.contains("next_watch_epoch")) {
                parameters.add(now.getEpochSecond());
            }
            if (after != null) {
                parameters.add(after.value());
            }
        }
        sql.append(" ORDER BY id ASC LIMIT ?");
        parameters.add(limit);
        return new WorklistSql(sql.toString(), parameters);
    }

    /**
     * The requests of a provider's monthly report: those received before the month's end that are still open, or that
     * have an event in the month or later (a closed request's last event is when it closed), by the time received.
     * The time of a request's latest event is a column of its row ({@code last_event_at}, V16), so no history is
     * probed; the open and the closed requests are two arms of a {@code UNION ALL}, so that each seeks an index of its
     * own: on PostgreSQL V21's {@code (provider, received_at)} over the open rows only (on H2
     * {@code (provider, status, due_epoch)}), and V18's {@code (provider, received_at, last_event_at)}. The open states
     * are written into the SQL as literals, not parameters: PostgreSQL uses a partial index only for a query whose
     * condition it can prove implies the index's, and a parameter's value is unknown to a plan it keeps for a prepared
     * statement; they are the enum's own names, never input.
     */
    static WorklistSql report(String columns, ReportCriteria criteria) {
        return report(columns, criteria, " ORDER BY received_at, id");
    }

    /**
     * The rows of {@link #report(String, ReportCriteria)} in no order: for a reader that orders them itself (the report's
     * facts, tens of thousands of rows for the department, whose sort PostgreSQL spilled to disk and merged across its
     * workers).
     */
    static WorklistSql reportUnordered(String columns, ReportCriteria criteria) {
        return report(columns, criteria, "");
    }

    private static WorklistSql report(String columns, ReportCriteria criteria, String order) {
        List<RequestStatus> open = List.of(RequestStatus.values()).stream().filter(status -> !status.terminal()).toList();
        List<RequestStatus> closed = List.of(RequestStatus.values()).stream().filter(RequestStatus::terminal).toList();
        String sql = "SELECT " + columns + " FROM service_requests WHERE provider = ? AND status IN (" + literals(open)
                + ") AND received_at < ?"
                + " UNION ALL SELECT " + columns + " FROM service_requests WHERE provider = ? AND last_event_at >= ? AND received_at < ?"
                + " AND status IN (" + placeholders(closed.size()) + ")" + order;
        List<Object> parameters = new ArrayList<>();
        parameters.add(criteria.provider().value());
        parameters.add(Timestamp.from(criteria.to()));
        parameters.add(criteria.provider().value());
        parameters.add(Timestamp.from(criteria.from()));
        parameters.add(Timestamp.from(criteria.to()));
        closed.forEach(status -> parameters.add(status.name()));
        return new WorklistSql(sql, parameters);
    }

    /** The states as SQL literals, in the enum's order: {@code 'SUBMITTED', 'ACCEPTED', …} (V21's partial index reads the same list). */
    static String literals(List<RequestStatus> statuses) {
        return String.join(", ", statuses.stream().map(status -> "'" + status.name() + "'").toList());
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /**
     * Only requests with a deadline that are not closed, written as the states that are open ({@code status IN}) rather
     * than those that are not closed: the same rows, but a condition the indexes on {@code (provider, status, due_epoch)},
     * {@code (status, due_epoch)} and {@code (channel, status, due_epoch)} can seek (docs/BENCHMARKS.md, "One city's year").
     */
    private static void openWithADeadline(StringBuilder sql, List<Object> parameters) {
        List<RequestStatus> open = List.of(RequestStatus.values()).stream().filter(status -> !status.terminal()).toList();
        sql.append(" AND due_epoch IS NOT NULL AND status IN (").append(String.join(", ", open.stream().map(s -> "?").toList())).append(")");
        open.forEach(status -> parameters.add(status.name()));
    }
}
