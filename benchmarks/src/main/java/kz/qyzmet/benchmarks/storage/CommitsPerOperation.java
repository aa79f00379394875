package kz.qyzmet.benchmarks.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.embedded.Qyzmet;
import org.flowable.engine.ProcessEngine;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * How many transactions each peer commits per operation on H2, counted at the JDBC boundary: Qyzmet's submit + accept
 * ({@link SubmitAcceptBenchmark#submitAndAccept}) and Flowable's start + claim + complete
 * ({@link FlowableBenchmark#startAndComplete()}), each on a new H2 file database with {@link JdbcStorage#h2FileUrl}'s
 * settings, behind a data source that counts the commits (explicit, and statements run in auto-commit), the commits
 * that follow at least one data-changing statement, and those statements. One thread; the directories are deleted
 * at the end.
 *
 * <pre>java -cp benchmarks/target/qyzmet-benchmarks.jar kz.qyzmet.benchmarks.storage.CommitsPerOperation [operations]</pre>
 */
public final class CommitsPerOperation {

    private CommitsPerOperation() {
    }

    public static void main(String[] args) throws Exception {
        int operations = Integer.parseInt(args.length > 0 ? args[0] : "1000");
        if (operations < 1) {
            throw new IllegalArgumentException("operations: must be at least 1, not " + operations);
        }
        Path qyzmetDirectory = Files.createTempDirectory("qyzmet-commits");
        Path flowableDirectory = Files.createTempDirectory("flowable-commits");
        try {
            Counting qyzmetSource = new Counting(JdbcConnectionPool.create(JdbcStorage.h2FileUrl(qyzmetDirectory), "sa", ""));
            try (JdbcStorage storage = JdbcStorage.using(qyzmetSource); Qyzmet qyzmet = SubmitAcceptBenchmark.qyzmet(storage.requests())) {
                qyzmetSource.count("Qyzmet submitAndAccept", operations, () -> SubmitAcceptBenchmark.submitAndAccept(qyzmet));
            } finally {
                qyzmetSource.pool.dispose();
            }
            Counting flowableSource = new Counting(JdbcConnectionPool.create(JdbcStorage.h2FileUrl(flowableDirectory), "sa", ""));
            ProcessEngine engine = FlowableBenchmark.oneTaskEngine(configuration -> configuration.setDataSource(flowableSource));
            try {
                flowableSource.count("Flowable startAndComplete", operations, () -> FlowableBenchmark.startAndComplete(engine));
            } finally {
                engine.close();
                flowableSource.pool.dispose();
            }
        } finally {
            FlowableBenchmark.deleteTree(qyzmetDirectory);
            FlowableBenchmark.deleteTree(flowableDirectory);
        }
    }

    /** A data source whose connections count commits and data-changing statements. */
    private static final class Counting implements DataSource {

        private final JdbcConnectionPool pool;
        private final AtomicLong commits = new AtomicLong();
        private final AtomicLong writingCommits = new AtomicLong();
        private final AtomicLong writes = new AtomicLong();

        Counting(JdbcConnectionPool pool) {
            this.pool = pool;
            pool.setMaxConnections(8);
        }

        /** Runs the operation once uncounted (the warm-up), then {@code operations} times, and prints what they did per operation. */
        void count(String operation, int operations, Runnable once) {
            once.run();
            commits.set(0);
            writingCommits.set(0);
            writes.set(0);
            for (int i = 0; i < operations; i++) {
                once.run();
            }
            System.out.printf(Locale.ROOT, "%s: %,d operations, %.2f commits, %.2f commits with a data-changing statement, "
                            + "%.2f data-changing statements per operation%n", operation, operations, commits.get() / (double) operations,
                    writingCommits.get() / (double) operations, writes.get() / (double) operations);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        private Connection counted(Connection connection) {
            boolean[] dirty = new boolean[1];
            InvocationHandler handler = (proxy, method, arguments) -> {
                String name = method.getName();
                if (name.equals("commit")) {
                    commits.incrementAndGet();
                    if (dirty[0]) {
                        writingCommits.incrementAndGet();
                    }
                    dirty[0] = false;
                } else if (name.equals("rollback")) {
                    dirty[0] = false;
                }
                Object result = invoke(method, connection, arguments);
                if ((name.equals("prepareStatement") || name.equals("prepareCall")) && arguments != null && arguments[0] instanceof String sql) {
                    boolean changing = changesData(sql);
                    Object statement = result;
                    return Proxy.newProxyInstance(CommitsPerOperation.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
                            (p, m, a) -> {
                                if (changing && m.getName().startsWith("execute")) {
                                    writes.incrementAndGet();
                                    if (connection.getAutoCommit()) {
                                        commits.incrementAndGet();
                                        writingCommits.incrementAndGet();
                                    } else {
                                        dirty[0] = true;
                                    }
                                }
                                return invoke(m, statement, a);
                            });
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(CommitsPerOperation.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        private static boolean changesData(String sql) {
            String verb = sql.stripLeading().toLowerCase(Locale.ROOT);
            return verb.startsWith("insert") || verb.startsWith("update") || verb.startsWith("delete") || verb.startsWith("merge")
                    || verb.startsWith("with");
        }

        private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper for " + type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
