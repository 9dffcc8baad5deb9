package dev.promptsmith.ui.playground;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.OutputJson;
import dev.promptsmith.check.json.RepairResult;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The JSON outcome of an answer: VALID, REPAIRED, TRUNCATED, INVALID (or NOT JSON, for a stored one), what repair
 * fixed, the repaired JSON and a diff.
 */
public class JsonOutcomePanel extends Div {

    public JsonOutcomePanel(String raw, RepairResult json, String continued) {
        this(raw, json.outcome().name() + (continued == null ? "" : " · " + continued), json.outcome().name(),
                json.outcome() == JsonOutcome.INVALID, json.problem(), json.fixDescriptions(), json.json());
    }

    /** The outcome stored with a run's result; repair is not run again. */
    public JsonOutcomePanel(String raw, OutputJson json) {
        this(raw, json.label(), json.label(), json.shape() == OutputJson.Shape.INVALID, json.problem(),
                json.fixDescriptions(), json.repaired());
    }

    private JsonOutcomePanel(String raw, String badgeText, String label, boolean invalid, String problemText,
                             List<String> fixDescriptions, String repairedJson) {
        addClassName("json-panel");
        Span badge = new Span("JSON: " + badgeText);
        badge.addClassNames("json-outcome", "json-" + label.toLowerCase(Locale.ROOT).replace(' ', '-'));
        add(badge);
        if (invalid) {
            Span problem = new Span(problemText == null ? "" : " " + problemText);
            problem.addClassName("json-problem");
            add(problem);
            return;
        }
        if (fixDescriptions.isEmpty()) {
            return;
        }
        Span fixes = new Span(" " + fixDescriptions.stream().distinct().collect(Collectors.joining("; ")));
        fixes.addClassName("json-fixes");
        add(fixes);
        if (repairedJson == null) {
            // a repaired JSON longer than a result keeps is not stored
            return;
        }
        Pre repaired = new Pre(OutputViews.prettyJson(repairedJson).orElse(repairedJson));
        repaired.addClassNames("answer-text", "json-repaired");
        Details repairedDetails = new Details("Repaired JSON", repaired);
        repairedDetails.setOpened(true);
        Div diff = diff(raw, repairedJson);
        add(repairedDetails, new Details("Diff against the raw output", diff));
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
