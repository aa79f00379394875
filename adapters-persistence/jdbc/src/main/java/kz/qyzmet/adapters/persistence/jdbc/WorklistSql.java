package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.application.request.port.out.ReportCriteria;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
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
        if (criteria.overdueAt() != null || criteria.atRiskAt() != null) {
            openWithADeadline(sql, parameters);
        }
        if (criteria.overdueAt() != null) {
            sql.append(" AND due_epoch < ?");
            parameters.add(criteria.overdueAt().getEpochSecond());
        }
        if (criteria.atRiskAt() != null) {
            // AtRiskShare's inequality, term for term: due >= now and (due - now) * 1000 < perMille * (due - start)
            long now = criteria.atRiskAt().getEpochSecond();
            sql.append(" AND due_epoch >= ? AND (due_epoch - ?) * 1000 < ? * (due_epoch - accepted_epoch)");
            parameters.add(now);
            parameters.add(now);
            parameters.add(criteria.atRiskShare().perMille());
        }
        sql.append(" ORDER BY due_epoch ASC NULLS LAST, id ASC LIMIT ? OFFSET ?");
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
     * The requests of a provider's monthly report: those received before the month's end that are still open, or that
     * have an event in the month or later (a closed request's last event is when it closed), by the time received.
     */
    static WorklistSql report(String columns, ReportCriteria criteria) {
        List<RequestStatus> closed = List.of(RequestStatus.values()).stream().filter(RequestStatus::terminal).toList();
        String sql = "SELECT " + columns + " FROM service_requests r WHERE provider = ? AND received_at < ? AND (status NOT IN ("
                + String.join(", ", closed.stream().map(s -> "?").toList()) + ")"
                + " OR EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND e.at >= ?)) ORDER BY received_at, id";
        List<Object> parameters = new ArrayList<>();
        parameters.add(criteria.provider().value());
        parameters.add(Timestamp.from(criteria.to()));
        closed.forEach(status -> parameters.add(status.name()));
        parameters.add(Timestamp.from(criteria.from()));
        return new WorklistSql(sql, parameters);
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
