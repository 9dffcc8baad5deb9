package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RenderBudgetTest {

    private static final InputLimits LIMITS = new InputLimits(Duration.ofMillis(300), 100_000, 1_000_000);
    /** For the output limit: time enough on a busy machine, so only the output can run out. */
    private static final InputLimits TIME_ENOUGH = new InputLimits(Duration.ofSeconds(30), 100_000, 1_000_000);
    /** Writes nothing: on a fast machine as on a slow one, only the time limit can stop it. */
    private static final String FOUR_NESTED_LOOPS = """
            {% for a in range(1000) %}{% for b in range(1000) %}
            {% for c in range(1000) %}{% for d in range(1000) %}{% if d < 0 %}{{ a }}{% endif %}{% endfor %}{% endfor %}
            {% endfor %}{% endfor %}""";

    private final PromptyParser parser = new PromptyParser(LIMITS);
    private final PromptRenderer renderer = new PromptRenderer(LIMITS);
    private final PromptRenderer patientRenderer = new PromptRenderer(TIME_ENOUGH);

    @Test
    void fourNestedLoopsFailTheFilesCheckWithinTheBudgetAtTheirLine() {
        // given
        String file = "---\nname: Hostile\n---\nsystem:\nBe brief.\nuser:\nHello\n" + FOUR_NESTED_LOOPS + "\n";

        // when
        long start = System.nanoTime();
        InvalidFileException refused = catchInvalid(() -> parser.parse("prompts/hostile.prompty", "hostile", file));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("prompts/hostile.prompty");
            assertThat(problem.line()).isBetween(8, 10);
            assertThat(problem.message()).isEqualTo("template of the user message: template took longer than 300 ms "
                    + "to render (setting promptsmith.render.timeout)");
        });
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(jinjavaStillRendering()).isEmpty();
    }

    @Test
    void aRenderThatRunsOutOfTimeNamesItsMessageAndLineAndLeavesNothingRunning() throws Exception {
        // given: loops over a value pass the check, which has no values, and explode with them
        PromptDocument prompt = parser.parse("prompts/p.prompty", "p", "---\n---\nuser:\nItems:\n"
                + "{% for a in items %}{% for b in items %}{% for c in items %}{% for d in items %}"
                + "{% if d < 0 %}{{ a }}{% endif %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}\n");
        List<Integer> items = IntStream.range(0, 200).boxed().toList();

        // when
        long start = System.nanoTime();
        Throwable failure = catchRender(prompt, Map.of("items", items));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(failure).isInstanceOf(RenderException.class).hasMessage("template took longer than 300 ms to "
                + "render (setting promptsmith.render.timeout) (user message, line 5 of p.prompty)");
        assertThat(((RenderException) failure).outOfTime()).isTrue();
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(jinjavaStillRendering()).isEmpty();
    }

    @Test
    void aRenderThatWritesMoreThanTheLimitIsAnErrorNotAString() throws Exception {
        // given
        PromptDocument prompt = parser.parse("prompts/p.prompty", "p", "---\n---\nuser:\n"
                + "{% for a in items %}{% for b in items %}{{ text }}{% endfor %}{% endfor %}\n");
        Map<String, Object> values = Map.of("items", IntStream.range(0, 1000).boxed().toList(), "text", "0123456789");

        // when / then
        assertThatThrownBy(() -> patientRenderer.render(prompt, values)).isInstanceOf(RenderException.class)
                .hasMessage("template rendered more than 100000 characters (setting promptsmith.render.max-output) "
                        + "(user message, line 4 of p.prompty)")
                .satisfies(failure -> assertThat(((RenderException) failure).outOfTime()).isFalse());
    }

    @Test
    void theMessagesOfAPromptShareOneOutputBudgetPlaceholdersIncluded() throws Exception {
        // given: each message is within the limit, the two together are not
        PromptDocument prompt = parser.parse("prompts/p.prompty", "p", "---\n---\nsystem:\n{{ text }}\nuser:\n{{ text }}\n");
        char[] sixtyThousand = new char[60_000];
        Arrays.fill(sixtyThousand, 'x');

        // when / then
        assertThatThrownBy(() -> patientRenderer.render(prompt, Map.of("text", new String(sixtyThousand))))
                .hasMessage("template rendered more than 100000 characters (setting promptsmith.render.max-output) "
                        + "(user message, line 6 of p.prompty)");
    }

    @Test
    void aTemplateThatDoublesAStringIsStoppedByTheOutputLimitBeforeTheMemoryFills() {
        // given
        String file = "---\n---\nuser:\n{% set s = 'x' %}{% for i in range(60) %}{% set s = s ~ s %}{% endfor %}{{ s }}\n";

        // when
        InvalidFileException refused = catchInvalid(() -> new PromptyParser(TIME_ENOUGH).parse("prompts/p.prompty", "p", file));

        // then
        assertThat(refused.problems()).extracting(FileProblem::line).containsOnly(4);
        assertThat(refused.problems().getFirst().message()).contains("100000");
    }

    @Test
    void aFilterAskedToMakeMoreThanTheOutputLimitIsRefusedBeforeItRuns() {
        // given: each of these allocated 100 million characters (or lists) in one call
        List<String> hostile = List.of("{{ 'x'|center(100000000) }}", "{{ 'a\nb'|indent(100000000) }}",
                "{{ [1, 2]|batch(100000000)|length }}", "{{ '%0100000000d'|format(1) }}");
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

        for (String template : hostile) {
            String file = "---\n---\nuser:\n" + template + "\n";
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

            // when
            InvalidFileException refused = catchInvalid(() -> new PromptyParser(TIME_ENOUGH).parse("p.prompty", "p", file));

            // then
            assertThat(refused.problems()).as(template).containsExactly(new FileProblem("p.prompty", 4,
                    "template of the user message: template rendered more than 100000 characters "
                            + "(setting promptsmith.render.max-output)"));
            assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).as(template).isLessThan(50_000_000);
        }
    }

    @Test
    void theBoundedFiltersStillWorkWithinTheLimit() throws Exception {
        PromptDocument prompt = parser.parse("p.prompty", "p", "---\n---\nuser:\n"
                + "[{{ 'ab'|center(6) }}]{{ 'a\nb'|indent(2) }}{{ [1, 2, 3]|batch(2)|length }}{{ '%05d'|format(42) }}\n");

        assertThat(patientRenderer.render(prompt, Map.of()).getFirst().text()).isEqualTo("[  ab  ]a\n  b200042");
    }

    @Test
    void anOrdinaryLoopRendersWellWithinTheBudget() throws Exception {
        PromptDocument prompt = parser.parse("prompts/p.prompty", "p",
                "---\n---\nuser:\n{% for i in range(100) %}{% for j in range(10) %}.{% endfor %}{% endfor %}\n");

        assertThat(patientRenderer.render(prompt, Map.of()).getFirst().text()).hasSize(1000);
    }

    /** Threads other than this one with Jinjava on their stack: a render that carries on after its time-out. */
    private static List<String> jinjavaStillRendering() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey() != Thread.currentThread())
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("com.hubspot.jinjava")))
                .map(e -> e.getKey().getName())
                .toList();
    }

    private interface Parse {
        PromptDocument run() throws InvalidFileException;
    }

    private static InvalidFileException catchInvalid(Parse parse) {
        try {
            parse.run();
        } catch (InvalidFileException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    private Throwable catchRender(PromptDocument prompt, Map<String, ?> values) {
        try {
            renderer.render(prompt, values);
        } catch (RenderException e) {
            return e;
        }
        throw new AssertionError("the prompt rendered");
    }
}
