package dev.promptsmith.check.types;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** JSON Schema validation through networknt's validator (draft 2020-12 unless the schema says otherwise). */
final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final int MAX_ERRORS = 3;

    private JsonSchemas() {
    }

    /** Whether JSON text follows the schema, as a verdict with the schema's complaints. */
    static dev.promptsmith.check.Verdict conforms(String expectation, Object schema, String json) {
        List<String> problems = problems(schema, JsonTree.parse(json).orElseThrow());
        return new dev.promptsmith.check.Verdict(problems.isEmpty(), problems.isEmpty() ? 1 : 0, expectation,
                problems.isEmpty() ? "it did" : "the schema says: " + String.join("; ", problems));
    }

    /** The problems of {@code value} against the schema (a mapping from YAML, or JSON text); none when it conforms. */
    static List<String> problems(Object schema, JsonNode value) {
        String text = schema instanceof Map<?, ?> || schema instanceof List<?> ? JsonTree.of(schema).toString()
                : String.valueOf(schema);
        Schema compiled;
        try {
            compiled = REGISTRY.getSchema(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the JSON schema cannot be read: " + e.getMessage());
        }
        return compiled.validate(value).stream().limit(MAX_ERRORS).map(Error::toString).toList();
    }
}
