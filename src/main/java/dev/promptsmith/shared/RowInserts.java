package dev.promptsmith.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Inserts many rows of one table with few statements: each INSERT carries up to {@value #ROWS}
 * rows of values. A statement costs a parse, a plan and a pass through the JDBC layers, so with
 * a hundred rows a statement those costs are paid a hundredth as often. Call it inside a
 * transaction: the rows are stored together or not at all.
 */
public final class RowInserts {

    /** Rows per statement: few statements, and far under the parameter limits of databases. */
    static final int ROWS = 100;

    private RowInserts() {
    }

    /** Inserts the rows; each row holds one value per column, in the columns' order. */
    public static void insert(JdbcClient jdbc, String table, List<String> columns, List<Object[]> rows) {
        checkWidths(columns, rows);
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
            jdbc.sql(sql(table, columns, chunk.size())).params(values(columns, chunk)).update();
        }
    }

    /** Inserts the rows and returns the generated {@code id} of each, in the rows' order. */
    public static List<Long> insertReturningIds(JdbcClient jdbc, String table, List<String> columns,
                                                List<Object[]> rows) {
        checkWidths(columns, rows);
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql(sql(table, columns, chunk.size())).params(values(columns, chunk)).update(keys, "id");
            List<Map<String, Object>> generated = keys.getKeyList();
            if (generated.size() != chunk.size()) {
                throw new IllegalStateException("inserted " + chunk.size() + " rows into " + table + " but got "
                        + generated.size() + " generated ids");
            }
            for (Map<String, Object> key : generated) {
                ids.add(((Number) key.values().iterator().next()).longValue());
            }
        }
        return ids;
    }

    private static String sql(String table, List<String> columns, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        StringBuilder sql = new StringBuilder(64 + rows * (row.length() + 2))
                .append("insert into ").append(table).append(" (").append(String.join(", ", columns)).append(") values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    /** Before any statement: a row of the wrong width is a mistake in the caller, not in the data. */
    private static void checkWidths(List<String> columns, List<Object[]> rows) {
        for (Object[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " values for " + columns.size()
                        + " columns " + columns);
            }
        }
    }

    private static List<Object> values(List<String> columns, List<Object[]> rows) {
        List<Object> values = new ArrayList<>(rows.size() * columns.size());
        for (Object[] row : rows) {
            values.addAll(Arrays.asList(row));
        }
        return values;
    }
}
