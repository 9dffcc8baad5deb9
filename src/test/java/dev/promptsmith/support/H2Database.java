package dev.promptsmith.support;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real H2 file database with every migration applied, without a Spring context. Opening
 * the same folder again is what a restarted app sees.
 */
public final class H2Database {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    public H2Database(Path folder) {
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("promptsmith").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public int count(String table) {
        return jdbc().sql("select count(*) from " + table).query(Integer.class).single();
    }

    /** Closes the database file, as stopping the app does. */
    public void shutdown() {
        jdbc().sql("shutdown").update();
    }
}
