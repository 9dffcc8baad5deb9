package dev.promptsmith.check.form;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a JSON Schema is one: JSON, and valid against its meta-schema (draft 2020-12, the
 * dialect the checks use, unless it names another with {@code $schema}), by the library the checks
 * use. A schema naming a meta-schema the library does not hold is not judged: that would need the
 * network.
 */
final class JsonSchemaValidity {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final String DEFAULT_DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final int MAX_ERRORS = 3;
    /** The meta-schemas the library holds, so none is fetched. */
    private static final Set<String> DIALECTS = Set.of("http://json-schema.org/draft-04/schema",
            "http://json-schema.org/draft-06/schema", "http://json-schema.org/draft-07/schema",
            "https://json-schema.org/draft/2019-09/schema", DEFAULT_DIALECT);

    private JsonSchemaValidity() {
    }

    static Optional<String> problem(Object written) {
        JsonNode schema;
        try {
            schema = written instanceof String text ? JSON.readTree(text) : JSON.valueToTree(written);
        } catch (JacksonException e) {
            return Optional.of("is not valid JSON: " + e.getOriginalMessage());
        }
        if (!schema.isObject() && !schema.isBoolean()) {
            return Optional.of("a JSON Schema is an object (or true/false), not " + Values.what(plain(written)));
        }
        String dialect = schema.isObject() && schema.path("$schema").isString() ? schema.get("$schema").asString()
                : DEFAULT_DIALECT;
        if (!DIALECTS.contains(dialect.replaceAll("#$", ""))) {
            // an unknown meta-schema would be fetched from the network: not while a person types
            return Optional.empty();
        }
        try {
            Schema meta = REGISTRY.getSchema(SchemaLocation.of(dialect));
            List<Error> errors = meta.validate(schema);
            if (!errors.isEmpty()) {
                return Optional.of("is not a valid JSON Schema: " + String.join("; ", errors.stream().limit(MAX_ERRORS)
                        .map(Error::toString).toList()));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("the JSON Schema cannot be read: " + e.getMessage());
        }
    }

    private static Object plain(Object written) {
        return written instanceof String text ? JSON.readValue(text, Object.class) : written;
    }
}
