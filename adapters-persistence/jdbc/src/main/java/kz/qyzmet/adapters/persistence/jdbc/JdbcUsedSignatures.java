package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import kz.qyzmet.application.request.port.out.UsedSignatures;

/**
 * The signatures already taken, in the relational store (table {@code used_signatures}, migration V5). The
 * primary key on the digest makes taking atomic across servers sharing one database.
 */
public final class JdbcUsedSignatures implements UsedSignatures {

    /** The SQL state of a unique-key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    JdbcUsedSignatures(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource: required");
    }

    @Override
    public boolean take(String digest, String submission, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO used_signatures (digest, submission, taken_at) VALUES (?, ?, ?)")) {
                insert.setString(1, digest);
                insert.setString(2, submission);
                insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT submission FROM used_signatures WHERE digest = ?")) {
                select.setString(1, digest);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() && rows.getString(1).equals(submission);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("recording a used signature failed: " + e.getMessage(), e);
        }
    }
}
