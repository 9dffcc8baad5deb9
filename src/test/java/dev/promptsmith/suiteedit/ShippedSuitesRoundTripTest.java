package dev.promptsmith.suiteedit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteLoader;
import dev.promptsmith.suite.TestCaseDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every section of a shipped suite written again by the editor reads back as the same suite. */
class ShippedSuitesRoundTripTest {

    private static final Path WORKSPACE = Path.of(".").toAbsolutePath().normalize();

    /** Every suite file shipped in testcases/, whoever added it. */
    static Stream<String> shipped() throws java.io.IOException {
        try (Stream<Path> files = Files.list(WORKSPACE.resolve("testcases"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void rewritingEverySectionKeepsTheSuite(String name) throws Exception {
        // given
        String shown = "testcases/" + name + ".yaml";
        Path file = WORKSPACE.resolve(shown);
        String text = Files.readString(file);
        SuiteLoader loader = new SuiteLoader(InputLimits.configured());
        SuiteDocument before = loader.load(WORKSPACE, file, shown);
        Map<?, ?> root = (Map<?, ?>) LocatedYaml.read(shown, text, 0).root();
        Map<String, Object> sections = new LinkedHashMap<>();
        for (String section : List.of("prompts", "providers", "defaultTest", "tests")) {
            if (root.containsKey(section)) {
                sections.put(section, root.get(section));
            }
        }

        // when
        String written = SectionRewrite.rewrite(shown, text, sections);
        SuiteDocument after = loader.load(WORKSPACE, file, shown, written);

        // then
        assertThat(written).isNotEqualTo(text);
        assertThat(after.tests()).hasSameSizeAs(before.tests());
        assertThat(after.tests().stream().map(ShippedSuitesRoundTripTest::held).toList())
                .isEqualTo(before.tests().stream().map(ShippedSuitesRoundTripTest::held).toList());
        assertThat(after.defaultTest()).isEqualTo(before.defaultTest());
        assertThat(after.providers()).extracting(p -> p.entry()).isEqualTo(before.providers().stream()
                .map(p -> p.entry()).toList());
        assertThat(after.prompts()).extracting(p -> p.document().contentHash())
                .isEqualTo(before.prompts().stream().map(p -> p.document().contentHash()).toList());
        assertThat(after.description()).isEqualTo(before.description());
    }

    /** What a case holds; its lines move when a section is written again. */
    private static List<Object> held(TestCaseDefinition test) {
        return List.of(test.position(), test.description(), test.vars(),
                test.checks().stream().map(CheckSpec::config).toList(), test.options(), test.tags());
    }
}
