package archfixture.sql.domain;

import java.sql.Connection;
import java.sql.SQLException;

public final class Leaky {
    public void close(Connection connection) throws SQLException {
        connection.close();
    }
}
