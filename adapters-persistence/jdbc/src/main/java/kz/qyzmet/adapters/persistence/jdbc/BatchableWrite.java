package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A write given as its statements rather than as code, so that {@link GroupCommit} can send the same
 * statement of many callers' writes to the database as one JDBC batch. Run alone ({@link #run}) it executes
 * its statements one by one, in order, and turns what they report into the caller's own failure (a
 * revision that moved, a key already taken). The statements fall in two phases — the request's row first,
 * then its history — so that a batch of rows always precedes the events that refer to them; the writes of a
 * group are batched in the order of their {@link #key()}, which gives concurrent transactions on
 * PostgreSQL one order in which to lock rows.
 *
 * <p>A write may also carry its {@linkplain #runAlone whole form}: one statement that does all of it, for a
 * write that has its transaction to itself. On PostgreSQL that is the row's insert or update feeding the
 * events' insert ({@code WITH ... RETURNING}), executed in autocommit: the database commits it as it runs it,
 * so the write costs one round trip instead of a statement each and a {@code COMMIT} (docs/BENCHMARKS.md).
 */
final class BatchableWrite implements Transactions.Work {

    /** When a statement runs: the request's row, then the rows that refer to it. */
    enum Phase { ROW, HISTORY }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Checks the count of rows a statement changed; throws the caller's own failure if it is wrong. */
    @FunctionalInterface
    interface CountCheck {
        void check(int count, Connection connection) throws SQLException;
    }

    /** Turns a database error into the caller's own failure, or returns null to let it pass as it is. */
    @FunctionalInterface
    interface ErrorMeaning {
        RuntimeException of(SQLException e);
    }

    /** One statement of the write. */
    record Statement(Phase phase, String sql, Binder binder, CountCheck countCheck, ErrorMeaning errorMeaning) {
        Statement {
            Objects.requireNonNull(phase, "phase: required");
            Objects.requireNonNull(sql, "sql: required");
            Objects.requireNonNull(binder, "binder: required");
        }

        /** Whether {@code count}, as a batch reported it, is what the statement needs; unknown counts are not checked. */
        boolean accepts(int count, Connection connection) {
            if (countCheck == null || count == java.sql.Statement.SUCCESS_NO_INFO) {
                return true;
            }
            try {
                countCheck.check(count, connection);
                return true;
            } catch (SQLException | RuntimeException e) {
                return false;
            }
        }
    }

    private final UUID key;
    private final List<Statement> statements;
    private final Statement whole;

    BatchableWrite(UUID key, List<Statement> statements, Statement whole) {
        this.key = Objects.requireNonNull(key, "key: required");
        this.statements = List.copyOf(statements);
        this.whole = whole;
    }

    /** The write's order among the writes of a group (the request's id). */
    UUID key() {
        return key;
    }

    List<Statement> statements() {
        return statements;
    }

    /** A builder that keeps the statements in the order they are added. */
    static Builder of(UUID key) {
        return new Builder(key);
    }

    @Override
    public void run(Connection connection) throws SQLException {
        for (Statement statement : statements) {
            execute(connection, statement);
        }
    }

    /** Whether the write has a whole form, one statement that {@link #runAlone} can commit by itself. */
    boolean hasWholeForm() {
        return whole != null;
    }

    /**
     * Runs the write as its one whole statement on a connection in autocommit, which commits it as it executes
     * it: the write is stored whole or, if the statement fails, not at all.
     *
     * @throws IllegalStateException if the write has no whole form or the connection is inside a transaction
     */
    void runAlone(Connection connection) throws SQLException {
        if (whole == null) {
            throw new IllegalStateException("write " + key + " has no whole form");
        }
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("write " + key + ": its whole form commits itself, the connection must be in autocommit");
        }
        execute(connection, whole);
    }

    private static void execute(Connection connection, Statement statement) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            statement.binder().bind(prepared);
            int count = prepared.executeUpdate();
            if (statement.countCheck() != null) {
                statement.countCheck().check(count, connection);
            }
        } catch (SQLException e) {
            RuntimeException meant = statement.errorMeaning() == null ? null : statement.errorMeaning().of(e);
            if (meant != null) {
                throw meant;
            }
            throw e;
        }
    }

    /** Collects a write's statements. */
    static final class Builder {
        private final UUID key;
        private final List<Statement> statements = new ArrayList<>();
        private Statement whole;

        private Builder(UUID key) {
            this.key = key;
        }

        Builder statement(Phase phase, String sql, Binder binder, CountCheck countCheck, ErrorMeaning errorMeaning) {
            statements.add(new Statement(phase, sql, binder, countCheck, errorMeaning));
            return this;
        }

        Builder statement(Phase phase, String sql, Binder binder) {
            return statement(phase, sql, binder, null, null);
        }

        /** The one statement that does the whole write (its phase is that of its first table); see {@link #runAlone}. */
        Builder whole(String sql, Binder binder, CountCheck countCheck, ErrorMeaning errorMeaning) {
            whole = new Statement(Phase.ROW, sql, binder, countCheck, errorMeaning);
            return this;
        }

        BatchableWrite build() {
            return new BatchableWrite(key, statements, whole);
        }
    }
}
