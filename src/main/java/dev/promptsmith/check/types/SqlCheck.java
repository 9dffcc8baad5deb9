package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.script.JavaScriptRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * is-sql and contains-sql: the output is SQL that JSqlParser parses (contains-sql: or holds such
 * SQL in a code fence). promptfoo's {@code value} may give {@code databaseType} (named in the
 * reason; {@code TransactSQL} also allows [bracketed] names, as JSqlParser's one grammar covers the
 * common flavours) and {@code allowedTables}, patterns over {@code type::database::table} where
 * the database is {@code null} when the statement names none. {@code allowedColumns} is refused:
 * telling which table an unqualified column belongs to needs the schema.
 */
final class SqlCheck implements Check {

    private static final Pattern FENCE = Pattern.compile("```(?:sql)?[ \\t]*\\r?\\n([\\s\\S]*?)```",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> FLAVOURS = Set.of("athena", "bigquery", "db2", "flinksql", "hive", "mariadb",
            "mysql", "noql", "postgresql", "redshift", "snowflake", "sqlite", "transactsql");

    private final String type;
    private final boolean inText;

    SqlCheck(String type, boolean inText) {
        this.type = type;
        this.inText = inText;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String description() {
        return inText ? "The output is valid SQL or holds valid SQL in a code fence (value: databaseType, allowedTables)."
                : "The output is one or more valid SQL statements (value: databaseType, allowedTables).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        Map<?, ?> options = spec.value() instanceof Map<?, ?> map ? map : Map.of();
        if (spec.value() != null && !(spec.value() instanceof Map<?, ?>) && !spec.text().isBlank()) {
            throw new IllegalArgumentException(type + "'s value is a mapping with databaseType and allowedTables");
        }
        if (options.containsKey("allowedColumns")) {
            throw new IllegalArgumentException("allowedColumns is not supported: telling which table an unqualified "
                    + "column belongs to needs the database's schema");
        }
        String flavour = options.get("databaseType") == null ? "MySQL" : String.valueOf(options.get("databaseType"));
        if (!FLAVOURS.contains(flavour.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown databaseType '" + flavour + "' (one of " + FLAVOURS + ")");
        }
        List<String> allowed = allowedTables(options.get("allowedTables"));
        String expectation = (inText ? "contain valid " : "be valid ") + flavour + " SQL"
                + (allowed.isEmpty() ? "" : " using only the allowed tables");
        List<String> candidates = new ArrayList<>();
        candidates.add(input.output().strip());
        if (inText) {
            Matcher fence = FENCE.matcher(input.output());
            while (fence.find()) {
                candidates.add(fence.group(1).strip());
            }
        }
        String problem = "it was empty";
        for (String sql : candidates) {
            if (sql.isEmpty()) {
                continue;
            }
            try {
                Statements statements = parse(sql, flavour);
                Optional<String> refused = refusedTable(statements, allowed);
                if (refused.isEmpty()) {
                    return Verdict.of(true, expectation);
                }
                problem = "it used " + refused.get() + ", which allowedTables does not allow";
            } catch (JSQLParserException | RuntimeException e) {
                if (problem.equals("it was empty")) {
                    problem = "it did not parse: " + firstLine(e);
                }
            }
        }
        return new Verdict(false, 0, expectation, problem);
    }

    private static Statements parse(String sql, String flavour) throws JSQLParserException {
        boolean brackets = flavour.equalsIgnoreCase("transactsql");
        Statements statements = CCJSqlParserUtil.parseStatements(sql, parser -> parser.withSquareBracketQuotation(brackets));
        if (statements == null || statements.isEmpty()) {
            throw new JSQLParserException("no statement");
        }
        return statements;
    }

    /**
     * The allowed table uses as promptfoo's SQL parser matches them: each entry within {@code ^...$}, a JavaScript
     * pattern ignoring case.
     */
    private static List<String> allowedTables(Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        List<String> patterns = new ArrayList<>();
        for (Object entry : list) {
            String pattern = "^" + entry + "$";
            JavaScriptRegex.syntaxError(pattern).ifPresent(problem -> {
                throw new IllegalArgumentException("allowedTables entry " + Quote.of(entry) + " is not a pattern: "
                        + problem);
            });
            patterns.add(pattern);
        }
        return patterns;
    }

    /** The first table use, as {@code type::database::table}, that no allowed pattern matches. */
    private static Optional<String> refusedTable(Statements statements, List<String> allowed) {
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        for (Statement statement : statements) {
            String kind = switch (statement) {
                case Select ignored -> "select";
                case Update ignored -> "update";
                case Insert ignored -> "insert";
                case Delete ignored -> "delete";
                default -> statement.getClass().getSimpleName().toLowerCase(Locale.ROOT);
            };
            for (String table : new TablesNamesFinder<Void>().getTables(statement)) {
                int dot = table.lastIndexOf('.');
                String use = kind + "::" + (dot < 0 ? "null" : table.substring(0, dot)) + "::" + table.substring(dot + 1);
                if (allowed.stream().noneMatch(p -> JavaScriptRegex.testIgnoringCase(p, use))) {
                    return Optional.of(use);
                }
            }
        }
        return Optional.empty();
    }

    private static String firstLine(Exception e) {
        String message = e.getCause() != null && e.getMessage() == null ? e.getCause().getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}
