package kz.qyzmet.adapters.persistence.jdbc;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCode;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;
import kz.qyzmet.domain.request.Iin;

/**
 * The one-time passwords issued, in the relational store (tables {@code issued_codes} and {@code issued_code_key},
 * migration V14), so that servers sharing one database share their codes and a restart keeps the codes in flight.
 * A try is recorded by an update conditional on the state the caller read (and on the code still being the IIN's
 * latest): of two servers racing to use one code, one update matches and the other finds nothing to replace.
 * Instants are kept to the microsecond.
 *
 * <p>The hash key is kept in the same database, made once by the first server that needs it: every server then
 * checks every code, at the price that someone who can read the database can also reverse a stored hash by trying
 * the million codes — within the code's five minutes, and with the database already open to them.
 */
public final class JdbcIssuedCodes implements IssuedCodes {

    /** The SQL state of a unique-key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** An hour is the longest look back (the hourly limit): older codes of the IIN are dropped when one is added. */
    private static final long KEPT_SECONDS = 3600;

    private final DataSource dataSource;
    private volatile byte[] hashKey;

    JdbcIssuedCodes(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource: required");
    }

    @Override
    public void add(IssuedCode code) {
        Objects.requireNonNull(code, "code: required");
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM issued_codes WHERE iin = ? AND issued_at <= ?")) {
                delete.setString(1, code.iin().value());
                delete.setObject(2, timestamp(code.issuedAt().minusSeconds(KEPT_SECONDS)));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO issued_codes (iin, hash, issued_at, valid_until, wrong_tries, used) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, code.iin().value());
                insert.setString(2, code.hash());
                insert.setObject(3, timestamp(code.issuedAt()));
                insert.setObject(4, timestamp(code.validUntil()));
                insert.setInt(5, code.wrongTries());
                insert.setBoolean(6, code.used());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StorageException("storing an issued one-time password failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Instant> issuedSince(Iin iin, Instant since) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT issued_at FROM issued_codes WHERE iin = ? AND issued_at > ? ORDER BY issued_at, id")) {
            select.setString(1, iin.value());
            select.setObject(2, timestamp(since));
            List<Instant> issued = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    issued.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
            return issued;
        } catch (SQLException e) {
            throw new StorageException("reading issued one-time passwords failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<IssuedCode> latest(Iin iin) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT hash, issued_at, valid_until, wrong_tries, used FROM issued_codes WHERE iin = ? ORDER BY id DESC LIMIT 1")) {
            select.setString(1, iin.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IssuedCode(iin, rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                        rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getInt(4), rows.getBoolean(5)));
            }
        } catch (SQLException e) {
            throw new StorageException("reading the latest one-time password failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean replace(IssuedCode current, IssuedCode next) {
        Objects.requireNonNull(current, "current: required");
        Objects.requireNonNull(next, "next: required");
        if (!current.iin().equals(next.iin()) || !current.hash().equals(next.hash())) {
            throw new IllegalArgumentException("next: must be a state of the same code (IIN and hash)");
        }
        // the row's own columns are checked again after a concurrent update commits, so only one of two racing updates matches
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE issued_codes SET wrong_tries = ?, used = ? "
                     + "WHERE id = (SELECT MAX(id) FROM issued_codes WHERE iin = ?) AND hash = ? AND wrong_tries = ? AND used = ?")) {
            update.setInt(1, next.wrongTries());
            update.setBoolean(2, next.used());
            update.setString(3, current.iin().value());
            update.setString(4, current.hash());
            update.setInt(5, current.wrongTries());
            update.setBoolean(6, current.used());
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException("recording a one-time password try failed: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] hashKey() {
        byte[] key = hashKey;
        if (key == null) {
            key = readOrMakeKey();
            hashKey = key;
        }
        return key.clone();
    }

    private byte[] readOrMakeKey() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> stored = readKey(connection);
            if (stored.isEmpty()) {
                byte[] made = new byte[32];
                new SecureRandom().nextBytes(made);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issued_code_key (id, secret) VALUES (1, ?)")) {
                    insert.setString(1, HexFormat.of().formatHex(made));
                    insert.executeUpdate();
                } catch (SQLException e) {
                    // another server made it first: theirs counts
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                }
                stored = readKey(connection);
            }
            return HexFormat.of().parseHex(stored.orElseThrow(() -> new StorageException("issued_code_key: the key row is missing", null)));
        } catch (SQLException e) {
            throw new StorageException("reading the one-time password key failed: " + e.getMessage(), e);
        }
    }

    private static Optional<String> readKey(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT secret FROM issued_code_key WHERE id = 1");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
