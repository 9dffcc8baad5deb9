package dev.promptsmith.ui.playground;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.RepairResult;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The JSON outcome of an answer: VALID, REPAIRED, TRUNCATED or INVALID, what repair fixed, the repaired JSON and a diff. */
public class JsonOutcomePanel extends Div {

    public JsonOutcomePanel(String raw, RepairResult json, String continued) {
        addClassName("json-panel");
        Span badge = new Span("JSON: " + json.outcome().name() + (continued == null ? "" : " · " + continued));
        badge.addClassNames("json-outcome", "json-" + json.outcome().name().toLowerCase(Locale.ROOT));
        add(badge);
        if (json.outcome() == JsonOutcome.INVALID) {
            Span problem = new Span(json.problem() == null ? "" : " " + json.problem());
            problem.addClassName("json-problem");
            add(problem);
            return;
        }
        if (json.fixes().isEmpty()) {
            return;
        }
        Span fixes = new Span(" " + json.fixDescriptions().stream().distinct().collect(Collectors.joining("; ")));
        fixes.addClassName("json-fixes");
        Pre repaired = new Pre(OutputViews.prettyJson(json.json()).orElse(json.json()));
        repaired.addClassNames("answer-text", "json-repaired");
        Details repairedDetails = new Details("Repaired JSON", repaired);
        repairedDetails.setOpened(true);
        Div diff = diff(raw, json.json());
        add(fixes, repairedDetails, new Details("Diff against the raw output", diff));
    }

    private static Div diff(String raw, String repaired) {
        List<String> before = raw.lines().toList();
        List<String> after = repaired.lines().toList();
        Patch<String> patch = DiffUtils.diff(before, after);
        Div lines = new Div();
        lines.addClassNames("json-diff", "answer-text");
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("raw", "repaired", before, patch, 2)) {
            Div row = new Div(new Span(line));
            row.addClassName(line.startsWith("+") ? "diff-added" : line.startsWith("-") ? "diff-removed" : "diff-context");
            lines.add(row);
        }
        return lines;
    }
}
