package dev.promptsmith.generate;

import dev.promptsmith.check.form.CheckForm;
import dev.promptsmith.check.form.CheckForms;
import dev.promptsmith.shared.Json;
import java.util.stream.Collectors;

/** The check types a meta-prompt may use, one line each with an example, from the catalog the editor uses. */
final class CheckCatalog {

    private CheckCatalog() {
    }

    static String text() {
        return CheckForms.standard().all().stream()
                .map(CheckCatalog::line)
                .collect(Collectors.joining("\n"));
    }

    private static String line(CheckForm form) {
        return form.type() + ": " + form.description() + " e.g. " + Json.write(form.example());
    }
}
