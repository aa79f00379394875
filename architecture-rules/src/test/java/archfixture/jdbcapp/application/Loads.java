package archfixture.jdbcapp.application;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Reaches JDBC, an HTTP client and files from the application layer, where ports belong. */
public final class Loads {

    public Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    public HttpClient client() {
        return HttpClient.newHttpClient();
    }

    public String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
