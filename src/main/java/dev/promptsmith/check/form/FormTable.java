package dev.promptsmith.check.form;

import static dev.promptsmith.check.form.CheckGroup.CALL;
import static dev.promptsmith.check.form.CheckGroup.CODE;
import static dev.promptsmith.check.form.CheckGroup.JUDGED;
import static dev.promptsmith.check.form.CheckGroup.SET;
import static dev.promptsmith.check.form.CheckGroup.SIMILARITY;
import static dev.promptsmith.check.form.CheckGroup.STRUCTURE;
import static dev.promptsmith.check.form.CheckGroup.TEXT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every check type's form, apart from its description (the type's own): its value, threshold,
 * whether it may be negated, and an example written as a suite writes it.
 */
final class FormTable {

    /** A type's form without its description. */
    record Row(CheckGroup group, ValueField value, Threshold threshold, boolean negatable,
               Map<String, Object> example) {
    }

    private static final ValueField TEXTS = ValueField.required(ValueKind.TEXTS, "the texts to look for");
    private static final ValueField REFERENCE = ValueField.required(ValueKind.TEXT, "the reference text");
    private static final Threshold SIMILARITY_75 = Threshold.score("the least similarity that passes (default 0.75)",
            0.75);
    private static final Threshold JUDGED_SCORE = Threshold.score("the least score the judge must give", null);

    private final Map<String, Row> rows = new LinkedHashMap<>();

    static Map<String, Row> rows() {
        return new FormTable().build();
    }

    private Map<String, Row> build() {
        text();
        structure();
        similarity();
        judged();
        code();
        call();
        add("assert-set", SET, ValueField.NONE, Threshold.score("the least weighted score of the checks in the set",
                null), true, """
                type: assert-set
                threshold: 0.5
                assert:
                  - type: contains
                    value: total
                  - type: is-json
                """);
        return rows;
    }

    private void text() {
        add("equals", TEXT, ValueField.required(ValueKind.TEXT, "the exact output expected"), null, true,
                "{type: equals, value: Paris}");
        add("contains", TEXT, ValueField.required(ValueKind.TEXT, "the text to look for"), null, true,
                "{type: contains, value: total}");
        add("icontains", TEXT, ValueField.required(ValueKind.TEXT, "the text to look for, in any case"), null, true,
                "{type: icontains, value: thank you}");
        add("contains-any", TEXT, TEXTS, null, true, "{type: contains-any, value: [refund, credit]}");
        add("contains-all", TEXT, TEXTS, null, true, "{type: contains-all, value: [name, email]}");
        add("icontains-any", TEXT, TEXTS, null, true, "{type: icontains-any, value: [sorry, apologize]}");
        add("icontains-all", TEXT, TEXTS, null, true, "{type: icontains-all, value: [monday, friday]}");
        add("starts-with", TEXT, ValueField.required(ValueKind.TEXT, "the text the output begins with"), null, true,
                "{type: starts-with, value: Dear}");
        add("regex", TEXT, ValueField.required(ValueKind.REGEX, "a pattern, e.g. \\d{4}-\\d{2}-\\d{2}"), null, true,
                "{type: regex, value: '\\d{4}-\\d{2}-\\d{2}'}");
        add("word-count", TEXT, ValueField.required(ValueKind.NUMBER, "a number of words, or {min: 10, max: 50}")
                .judgedBy(Validators::wordCount), null, true, "{type: word-count, value: {min: 10, max: 50}}");
        add("levenshtein", TEXT, ValueField.required(ValueKind.TEXT, "the text to be near"),
                Threshold.atLeastZero("the most edits allowed (default 5)", false, 5.0), true,
                "{type: levenshtein, value: Hello world, threshold: 3}");
        add("is-refusal", TEXT, ValueField.NONE, null, true, "{type: is-refusal}");
    }

    private void structure() {
        ValueField schema = ValueField.optional(ValueKind.JSON_SCHEMA, "a JSON Schema the JSON must follow");
        ValueField xml = ValueField.optional(ValueKind.JSON, "{\"requiredElements\": [\"root.child\"]}")
                .judgedBy(Validators::xml);
        ValueField sql = ValueField.optional(ValueKind.JSON, "{\"databaseType\": \"MySQL\", \"allowedTables\": [...]}")
                .judgedBy(value -> Validators.settings(value, "{\"databaseType\": \"PostgreSQL\"}"));
        add("is-json", STRUCTURE, schema, null, true, "{type: is-json, value: {type: object, required: [total]}}");
        add("contains-json", STRUCTURE, schema, null, true, "{type: contains-json}");
        add("json-schema", STRUCTURE, ValueField.required(ValueKind.JSON_SCHEMA, "the JSON Schema the output follows"),
                null, true, """
                type: json-schema
                value:
                  type: object
                  properties:
                    total: {type: number}
                  required: [total]
                """);
        add("json-path", STRUCTURE, ValueField.required(ValueKind.TEXT,
                "a JSONPath, \"$.total\", or {\"path\": \"$.total\", \"equals\": 42}").judgedBy(Validators::jsonPath),
                null, true, "{type: json-path, value: {path: $.total, equals: 42}}");
        add("repairable-json", STRUCTURE, ValueField.NONE, null, true, "{type: repairable-json}");
        add("is-xml", STRUCTURE, xml, null, true, "{type: is-xml, value: {requiredElements: [invoice.total]}}");
        add("contains-xml", STRUCTURE, xml, null, true, "{type: contains-xml}");
        add("contains-html", STRUCTURE, ValueField.NONE, null, true, "{type: contains-html}");
        add("is-html", STRUCTURE, ValueField.NONE, null, true, "{type: is-html}");
        add("is-sql", STRUCTURE, sql, null, true, "{type: is-sql, value: {databaseType: PostgreSQL}}");
        add("contains-sql", STRUCTURE, sql, null, true, "{type: contains-sql}");
    }

    private void similarity() {
        Threshold ngrams = Threshold.score("the least score that passes (default 0.5)", 0.5);
        add("similar", SIMILARITY, REFERENCE, SIMILARITY_75, true,
                "{type: similar, value: The total is 42 euros., threshold: 0.8}");
        add("similar:cosine", SIMILARITY, REFERENCE, SIMILARITY_75, true,
                "{type: 'similar:cosine', value: The total is 42 euros., threshold: 0.8}");
        add("similar:dot", SIMILARITY, REFERENCE, Threshold.any("the least dot product that passes (default 0.75)"),
                true, "{type: 'similar:dot', value: The total is 42 euros., threshold: 0.8}");
        add("similar:euclidean", SIMILARITY, REFERENCE,
                Threshold.atLeastZero("the largest distance that passes (default 0.75)", false, 0.75), true,
                "{type: 'similar:euclidean', value: The total is 42 euros., threshold: 0.5}");
        add("rouge-n", SIMILARITY, REFERENCE, Threshold.score("the least ROUGE-N recall (default 0.75)", 0.75),
                true, "{type: rouge-n, value: The invoice total is 42 euros., threshold: 0.6}");
        add("bleu", SIMILARITY, REFERENCE, ngrams, true,
                "{type: bleu, value: The invoice total is 42 euros., threshold: 0.4}");
        add("gleu", SIMILARITY, REFERENCE, ngrams, true,
                "{type: gleu, value: The invoice total is 42 euros., threshold: 0.4}");
        add("meteor", SIMILARITY, REFERENCE, ngrams, true,
                "{type: meteor, value: The invoice total is 42 euros., threshold: 0.6}");
        add("perplexity", SIMILARITY, ValueField.NONE,
                Threshold.atLeastZero("the highest perplexity that passes (none: it always passes)", false, null), true,
                "{type: perplexity, threshold: 20}");
        add("perplexity-score", SIMILARITY, ValueField.NONE,
                Threshold.score("the least perplexity score (none: it always passes)", null), true,
                "{type: perplexity-score, threshold: 0.5}");
    }

    private void judged() {
        ValueField rubric = ValueField.required(ValueKind.RUBRIC, "what the judge looks for");
        ValueField reference = ValueField.required(ValueKind.RUBRIC, "the reference answer");
        Threshold share = Threshold.score("the least share that passes (default 0)", 0.0);
        add("llm-rubric", JUDGED, rubric, JUDGED_SCORE, true,
                "{type: llm-rubric, value: Is polite and names the invoice number}");
        add("factuality", JUDGED, reference, null, true, "{type: factuality, value: The invoice total is 42 euros.}");
        add("model-graded-factuality", JUDGED, reference, null, true,
                "{type: model-graded-factuality, value: The invoice total is 42 euros.}");
        add("model-graded-closedqa", JUDGED,
                ValueField.required(ValueKind.RUBRIC, "the criterion, a yes-or-no question"), null, true,
                "{type: model-graded-closedqa, value: Does the answer name a city?}");
        add("g-eval", JUDGED, ValueField.required(ValueKind.RUBRIC, "the criterion the judge scores"),
                Threshold.score("the least score (default 0.7)", 0.7), true,
                "{type: g-eval, value: The answer is coherent and answers the question., threshold: 0.7}");
        add("answer-relevance", JUDGED, ValueField.NONE, Threshold.score("the least relevance (default 0.7)", 0.7),
                true, "{type: answer-relevance, threshold: 0.7}");
        add("context-faithfulness", JUDGED, ValueField.NONE, share, true,
                "{type: context-faithfulness, threshold: 0.8}");
        add("context-recall", JUDGED, ValueField.required(ValueKind.RUBRIC, "the expected answer"), share, true,
                "{type: context-recall, value: The refund takes five days., threshold: 0.7}");
        add("context-relevance", JUDGED, ValueField.NONE, share, true, "{type: context-relevance, threshold: 0.5}");
    }

    private void code() {
        Threshold score = Threshold.any("the least score that passes (none: any score above 0)");
        add("javascript", CODE,
                ValueField.required(ValueKind.JAVASCRIPT, "an expression of output, e.g. output.length < 200"), score, true,
                "{type: javascript, value: output.length < 200}");
        add("python", CODE, ValueField.required(ValueKind.PYTHON, "an expression of output, e.g. len(output) < 200"),
                score, true, "{type: python, value: len(output) < 200}");
        add("webhook", CODE, ValueField.required(ValueKind.URL, "the address that judges the output"), null, true,
                "{type: webhook, value: 'https://example.com/grade'}");
    }

    private void call() {
        add("finish-reason", CALL, ValueField.required(ValueKind.TEXT, "stop, length, content_filter, tool or other")
                .judgedBy(Validators::finishReason), null, true, "{type: finish-reason, value: stop}");
        // its name is a negation already: not-not-truncated would say "truncated" in a way nobody reads easily
        add("not-truncated", CALL, ValueField.NONE, null, false, "{type: not-truncated}");
        add("latency", CALL, ValueField.NONE,
                Threshold.atLeastZero("the most milliseconds the call may take", true, null), true,
                "{type: latency, threshold: 5000}");
        add("cost", CALL, ValueField.NONE, Threshold.atLeastZero("the most US dollars the call may cost", true, null),
                true, "{type: cost, threshold: 0.002}");
        add("tool-call-f1", CALL, ValueField.required(ValueKind.TEXTS, "the names of the tools expected"),
                Threshold.score("the least F1 score (default 1)", 1.0), true,
                "{type: tool-call-f1, value: [get_weather, get_time], threshold: 0.8}");
        add("is-valid-openai-tools-call", CALL, ValueField.NONE, null, true, "{type: is-valid-openai-tools-call}");
        add("is-valid-openai-function-call", CALL, ValueField.NONE, null, true,
                "{type: is-valid-openai-function-call}");
        add("is-valid-function-call", CALL, ValueField.NONE, null, true, "{type: is-valid-function-call}");
    }

    private void add(String type, CheckGroup group, ValueField value, Threshold threshold, boolean negatable,
                     String example) {
        if (rows.put(type, new Row(group, value, threshold, negatable, yaml(example))) != null) {
            throw new IllegalStateException("two forms for " + type);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }
}
