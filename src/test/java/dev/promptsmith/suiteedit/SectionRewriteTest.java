package dev.promptsmith.suiteedit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only the sections that changed are written; every other byte of the file stays. */
class SectionRewriteTest {

    private static final String FILE = """
            # Suite of greetings — keep this header
            description: Greets   people   # odd spacing stays
            prompts:
              - file://prompts/greet.prompty   # the only prompt
            providers: [echo]

            # The cases, one per person
            tests:
              - description: first
                vars: {person: Ada}
              # a case left out for now
              - description: second
                vars:
                  person: Bob
            # what promptfoo writes
            outputPath: results.json
            """;

    @Test
    void aChangedSectionIsWrittenInBlockStyleAndEverythingElseStaysByteForByte() throws Exception {
        // given
        Map<String, Object> sections = new LinkedHashMap<>();
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("description", "only");
        test.put("vars", Map.of("person", "Cy"));
        sections.put("tests", List.of(test));

        // when
        String written = SectionRewrite.rewrite("testcases/greet.yaml", FILE, sections);

        // then
        assertThat(written).isEqualTo("""
                # Suite of greetings — keep this header
                description: Greets   people   # odd spacing stays
                prompts:
                  - file://prompts/greet.prompty   # the only prompt
                providers: [echo]

                # The cases, one per person
                tests:
                  - description: only
                    vars:
                      person: Cy
                # what promptfoo writes
                outputPath: results.json
                """);
    }

    @Test
    void aSectionInTheMiddleKeepsTheCommentsBeforeTheNextAndAMissingSectionGoesBeforeTheSectionsThatFollowIt()
            throws Exception {
        // given
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("providers", List.of("echo", "ollama:chat:llama3.2"));
        sections.put("defaultTest", Map.of("vars", Map.of("tone", "warm")));

        // when
        String written = SectionRewrite.rewrite("testcases/greet.yaml", FILE, sections);

        // then
        assertThat(written).isEqualTo(FILE.replace("providers: [echo]\n",
                "providers:\n  - echo\n  - ollama:chat:llama3.2\ndefaultTest:\n  vars:\n    tone: warm\n"));
        assertThat(SectionRewrite.rewrite("s.yaml", "description: x\n", Map.of("tests", List.of())))
                .isEqualTo("description: x\ntests: []\n");
    }

    @Test
    void aRemovedSectionLeavesNoLineAndTextOfSeveralLinesIsALiteralBlock() throws Exception {
        // given
        String file = "prompts: ['{{ a }}']\ndefaultTest:\n  vars: {a: 1}\ntests:\n  - vars:\n      a: |\n        # not a comment\n        two\n";
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("defaultTest", null);
        sections.put("tests", List.of(Map.of("vars", Map.of("a", "line one\nline two\n"))));

        // when
        String written = SectionRewrite.rewrite("s.yaml", file, sections);

        // then
        assertThat(written).isEqualTo("prompts: ['{{ a }}']\ntests:\n  - vars:\n      a: |\n        line one\n"
                + "        line two\n");
    }

    @Test
    void aFileWrittenAsJsonIsWrittenWholeInBlockStyle() throws Exception {
        // when
        String written = SectionRewrite.rewrite("s.yaml", "{\"prompts\": [\"hi\"], \"tests\": []}\n",
                Map.of("tests", List.of(Map.of("vars", Map.of("n", 3.0)))));

        // then
        assertThat(written).isEqualTo("prompts:\n  - hi\ntests:\n  - vars:\n      n: 3\n");
    }
}
