package kz.qyzmet.adapters.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.application.request.port.out.WorklistCriteria;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;

/**
 * The SQL of the JDBC store's worklists and of the deadline watch's walk over open requests, with its parameters
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

    /** Only requests with a deadline that are not closed. */
    private static void openWithADeadline(StringBuilder sql, List<Object> parameters) {
        List<RequestStatus> closed = List.of(RequestStatus.values()).stream().filter(RequestStatus::terminal).toList();
        sql.append(" AND due_epoch IS NOT NULL AND status NOT IN (").append(String.join(", ", closed.stream().map(s -> "?").toList())).append(")");
        closed.forEach(status -> parameters.add(status.name()));
    }
}
