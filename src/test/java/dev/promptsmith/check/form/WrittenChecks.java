package dev.promptsmith.check.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Every check written in the shipped suites and the promptfoo conformance configs, as read from YAML. */
public final class WrittenChecks {

    /** One check and the file it is written in. */
    public record Written(Path file, Map<String, Object> check) {
        @Override
        public String toString() {
            return file + ": " + check;
        }
    }

    private WrittenChecks() {
    }

    public static List<Written> all() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> suites = Files.list(Path.of("testcases"));
             Stream<Path> configs = Files.walk(Path.of("src/test/resources/promptfoo-conformance"))) {
            suites.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            configs.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().forEach(files::add);
            List<Written> found = new ArrayList<>();
            for (Path file : files) {
                for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(Files.readString(file))) {
                    checks(document).forEach(check -> found.add(new Written(file, check)));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry of an {@code assert} list, anywhere; an assert-set's own checks stay in it. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> checks(Object node) {
        List<Map<String, Object>> found = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                if ("assert".equals(key) && child instanceof List<?> list) {
                    list.stream().filter(c -> c instanceof Map<?, ?> m && m.get("type") != null)
                            .forEach(c -> found.add((Map<String, Object>) c));
                } else {
                    found.addAll(checks(child));
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(child -> found.addAll(checks(child)));
        }
        return found;
    }
}
