package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import kz.qyzmet.application.visit.port.out.CounterVisits;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.UserId;
import kz.qyzmet.domain.visit.CounterVisit;

/**
 * The visits to the counters in the relational store (table {@code counter_visits}, migration V9). SQL uses
 * bind parameters only; limits are kept in whole seconds.
 */
public final class JdbcCounterVisits implements CounterVisits {

    private static final String COLUMNS = "id, request_id, provider, service, channel, ticket_taken_at, called_at, served_at, "
            + "max_waiting_seconds, max_desk_seconds, recorded_by";

    private final DataSource dataSource;

    JdbcCounterVisits(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource: required");
    }

    @Override
    public void add(CounterVisit visit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO counter_visits (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, visit.id());
            insert.setObject(2, visit.request().value());
            insert.setString(3, visit.provider().value());
            insert.setString(4, visit.service().value());
            insert.setString(5, visit.channel().name());
            insert.setObject(6, utc(visit.ticketTakenAt()));
            insert.setObject(7, utc(visit.calledAt()));
            insert.setObject(8, utc(visit.servedAt()));
            seconds(insert, 9, visit.maxWaiting());
            seconds(insert, 10, visit.maxDesk());
            insert.setString(11, visit.recordedBy().value());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("storing a counter visit for request " + visit.request() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<CounterVisit> servedBetween(ProviderId provider, Instant from, Instant to) {
        return select("provider = ? AND served_at >= ? AND served_at < ?", provider.value(), utc(from), utc(to));
    }

    @Override
    public List<CounterVisit> of(RequestId request) {
        return select("request_id = ?", request.value());
    }

    private List<CounterVisit> select(String where, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM counter_visits WHERE " + where
                     + " ORDER BY served_at, id")) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            List<CounterVisit> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new CounterVisit(rows.getObject("id", UUID.class), new RequestId(rows.getObject("request_id", UUID.class)),
                            ProviderId.of(rows.getString("provider")), ServiceId.of(rows.getString("service")),
                            Channel.valueOf(rows.getString("channel")), instant(rows, "ticket_taken_at"), instant(rows, "called_at"),
                            instant(rows, "served_at"), duration(rows, "max_waiting_seconds"), duration(rows, "max_desk_seconds"),
                            UserId.of(rows.getString("recorded_by"))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StorageException("reading counter visits failed: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static void seconds(PreparedStatement statement, int index, Duration limit) throws SQLException {
        if (limit == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, limit.toSeconds());
        }
    }

    private static Duration duration(ResultSet rows, String column) throws SQLException {
        long seconds = rows.getLong(column);
        return rows.wasNull() ? null : Duration.ofSeconds(seconds);
    }
}
