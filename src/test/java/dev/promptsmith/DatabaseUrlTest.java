package dev.promptsmith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's database survives threads that are interrupted while they use it: cancelling a run interrupts its cells,
 * and one of them may be writing (an optimizer's cell takes its call from the budget in the database first).
 */
class DatabaseUrlTest {

    @TempDir
    Path folder;

    @Test
    void threadsInterruptedWhileTheyWriteLeaveTheDatabaseOpenAndItsRowsInTheFile() throws Exception {
        // given: the database as the app opens it
        int rows;
        String url = appProperties().getProperty("spring.datasource.url")
                .replace("${promptsmith.data-dir}", folder.toString());
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("create table cell (id int)");

            // when: writers are interrupted while they commit row after row
            for (int i = 0; i < 100; i++) {
                Thread writer = Thread.ofVirtual().start(() -> insertRows(connection, 50));
                Thread.sleep(1);
                writer.interrupt();
                writer.join();
            }

            // then: the database still answers, and what it holds is in the file when it is opened again
            rows = count(connection);
            assertThat(rows).isPositive();
        }
        try (Connection reopened = DriverManager.getConnection(url, "sa", "")) {
            assertThat(count(reopened)).isEqualTo(rows);
        }
    }

    private static void insertRows(Connection connection, int rows) {
        try (PreparedStatement insert = connection.prepareStatement("insert into cell values (1)")) {
            for (int i = 0; i < rows; i++) {
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            // an interrupted statement may fail; the database must not close because of it
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("select count(*) from cell")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static Properties appProperties() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = DatabaseUrlTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
