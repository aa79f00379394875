package kz.qyzmet.adapters.persistence.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** A data source whose connections and statements count the calls made on them, by method name. */
final class CountedCalls {

    private final DataSource target;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    CountedCalls(DataSource target) {
        this.target = target;
    }

    int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    void reset() {
        calls.clear();
    }

    DataSource dataSource() {
        return counting(DataSource.class, target);
    }

    @SuppressWarnings("unchecked")
    private <T> T counting(Class<T> type, T delegate) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            calls.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
            Object result;
            try {
                result = method.invoke(delegate, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection) {
                return counting(Connection.class, connection);
            }
            if (result instanceof PreparedStatement statement) {
                return counting(PreparedStatement.class, statement);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
