package dev.promptsmith.cli;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

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

    static DataSource open(Path folder) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // WRITE_DELAY=0: a committed result is in the file at once, so a killed run loses none of it

        dataSource.setURL("jdbc:h2:file:" + folder.resolve("promptsmith").toAbsolutePath() + ";WRITE_DELAY=0");
        dataSource.setUser("sa");
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            throw new SuiteFile.Unrunnable(List.of(why.contains("already in use")
                    ? "run: the database in " + folder + " is in use, probably by a running Promptsmith; stop it or "
                    + "pass --database with another folder"
                    : "run: the database in " + folder + " cannot be opened: " + why));
        }
        return dataSource;
    }
}
