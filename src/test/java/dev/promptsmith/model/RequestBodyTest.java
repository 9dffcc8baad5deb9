package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A target's config laid over the body LangChain4j writes: the same JSON as a tree merge, its own text kept. */
class RequestBodyTest {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> NAMES = List.of("model", "temperature", "options", "stop", "messages", "x\"y");
    private static final List<Object> SCALARS = java.util.Arrays.asList(0, 0.5, -1.25e-7, "text", "q\"uo\\te, }",
            true, null, List.of(1, "a"), List.of());

    @Test
    void fieldsReplaceMembersInPlaceMergeObjectsAndComeLastWhenNew() {
        // given
        String body = "{ \"model\" : \"m\", \"temperature\":0.7,\"options\":{\"num_ctx\":8,\"top_k\":1},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"say \\\"temperature\\\":1, {ok}\"}] }";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("frequency_penalty", 0.5);
        fields.put("temperature", 0);
        fields.put("options", Map.of("top_k", 5));

        // when
        String merged = RequestBody.merge(body, BodyOverlay.of(fields));

        // then
        assertThat(merged).isEqualTo("{ \"model\" : \"m\", \"temperature\":0,\"options\":{\"num_ctx\":8,\"top_k\":5},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"say \\\"temperature\\\":1, {ok}\"}] ,"
                + "\"frequency_penalty\":0.5}");
    }

    @Test
    void anEmptyOverlayOrABodyThatIsNoObjectIsLeftAsItIs() {
        assertThat(RequestBody.merge("{\"a\":1}", BodyOverlay.NONE)).isEqualTo("{\"a\":1}");
        assertThat(RequestBody.merge("[1]", BodyOverlay.of(Map.of("a", 2)))).isEqualTo("[1]");
        assertThat(RequestBody.merge(null, BodyOverlay.of(Map.of("a", 2)))).isNull();
        assertThat(RequestBody.merge("{}", BodyOverlay.of(Map.of("a", 2)))).isEqualTo("{\"a\":2}");
        assertThat(RequestBody.merge("{ }", BodyOverlay.of(Map.of("a", 2)))).isEqualTo("{ \"a\":2}");
    }

    @Property(tries = 400)
    void mergingIntoTheTextGivesWhatATreeMergeGives(@ForAll("objects") Map<String, Object> body,
                                                    @ForAll("objects") Map<String, Object> fields,
                                                    @ForAll boolean spaced) {
        // given
        String text = spaced ? PRETTY.writeValueAsString(body) : Json.write(body);

        // when
        String merged = RequestBody.merge(text, BodyOverlay.of(fields));

        // then
        Map<String, Object> expected = new LinkedHashMap<>(body);
        treeMerge(expected, fields);
        assertThat(Json.write(Json.readObject(merged))).isEqualTo(Json.write(expected));
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        Arbitrary<Object> scalar = Arbitraries.of(SCALARS);
        Arbitrary<Object> nested = Arbitraries.maps(Arbitraries.of(NAMES), scalar).ofMaxSize(3)
                .map(map -> (Object) new LinkedHashMap<>(map));
        Arbitrary<Object> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(1, nested));
        return Combinators.combine(Arbitraries.of(NAMES).list().uniqueElements().ofMaxSize(5),
                        value.list().ofSize(5))
                .as((names, values) -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        map.put(names.get(i), values.get(i));
                    }
                    return map;
                });
    }

    /** The merge as a tree: objects member by member, anything else replaced. */
    @SuppressWarnings("unchecked")
    private static void treeMerge(Map<String, Object> into, Map<?, ?> overlay) {
        overlay.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (value instanceof Map<?, ?> more && into.get(name) instanceof Map<?, ?> existing) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                treeMerge(copy, more);
                into.put(name, copy);
            } else {
                into.put(name, value);
            }
        });
    }
}
