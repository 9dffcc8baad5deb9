package dev.promptsmith.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.promptsmith.shared.DataFolder;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;

/** The H2 database file the app uses, opened without the app. */
final class LocalDatabase {

    private LocalDatabase() {
    }

    /** The data folder: {@code --database}, else PROMPTSMITH_DATA_DIR, else ./data, as the app. */
    static Path folder(Path option) {
        if (option != null) {
            return option;
        }
        String variable = System.getenv("PROMPTSMITH_DATA_DIR");
        return Path.of(variable == null || variable.isBlank() ? "data" : variable);
    }

    /**
     * A small pool over the database file: H2 closes a database when its last connection closes,
     * so without one every statement would open the file again.
     */
    static HikariDataSource open(Path folder) {
        HikariConfig config = new HikariConfig();
        // WRITE_DELAY=0: a committed result is in the file at once, so a killed run loses none of it;
        // DB_CLOSE_ON_EXIT=FALSE: on SIGTERM the run stores its last results before the pool closes the database;
        // retry: a cancelled run interrupts its cells, and H2 closes a file whose reader or writer is interrupted
        config.setJdbcUrl("jdbc:h2:retry:file:" + folder.resolve("promptsmith").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("promptsmith-cli");
        HikariDataSource dataSource;
        try {
            DataFolder.secure(folder);
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw unusable(folder, e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw unusable(folder, e);
        }
        DataFolder.secure(folder);
        return dataSource;
    }

    private static SuiteFile.Unrunnable unusable(Path folder, RuntimeException e) {
        String why = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
        return new SuiteFile.Unrunnable(List.of(why.contains("already in use")
                ? "run: the database in " + folder + " is in use, probably by a running Promptsmith; stop it or "
                + "pass --database with another folder"
                : "run: the database in " + folder + " cannot be opened: " + e.getMessage()));
    }
}
