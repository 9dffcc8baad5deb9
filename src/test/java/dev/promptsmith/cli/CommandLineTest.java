package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.PromptsmithApplication;
import dev.promptsmith.support.ChildJvm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Which arguments start the web server, and what the command line says to everything else. */
class CommandLineTest {

    private static final List<String> COMMANDS = List.of("serve", "check-files", "repair-json", "run", "generate", "optimize");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theServerStartsWithNoArgumentsWithServeOrWithSettingsOnly() {
        assertThat(PromptsmithCli.serverArguments(new String[] {})).hasValueSatisfying(args -> assertThat(args).isEmpty());
        assertThat(PromptsmithCli.serverArguments(new String[] {"serve"}))
                .hasValueSatisfying(args -> assertThat(args).isEmpty());
        assertThat(PromptsmithCli.serverArguments(new String[] {"--server.port=9090", "--promptsmith.workspace=/w"}))
                .hasValueSatisfying(args -> assertThat(args).containsExactly("--server.port=9090", "--promptsmith.workspace=/w"));
        assertThat(PromptsmithCli.serverArguments(new String[] {"serve", "--server.address=0.0.0.0"}))
                .hasValueSatisfying(args -> assertThat(args).containsExactly("--server.address=0.0.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optimize --help", "export", "export FOO=1", "--help", "--version", "-V", "serve --help",
            "serve foo", "serve --debug", "run --help", "--server.port=9090 run", "--help=1", "-Dx=1"})
    void everythingElseIsACommandAndStartsNoServer(String line) {
        assertThat(PromptsmithCli.serverArguments(line.split(" "))).isEmpty();
    }

    @Test
    void anUnknownCommandListsTheCommandsAndExitsTwo() {
        // when
        int exit = run("deploy", "--help");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("promptsmith: 'deploy' is not a command.\n")
                .contains("Usage: promptsmith", "Commands:").doesNotContain("Did you mean");
        COMMANDS.forEach(command -> assertThat(err.toString()).containsPattern("(?m)^\\s+" + command + "\\s"));
    }

    @Test
    void anUnknownCommandNamesTheNearestOne() {
        assertThat(run("rnu", "suite.yaml")).isEqualTo(2);
        assertThat(err.toString()).startsWith("promptsmith: 'rnu' is not a command. Did you mean 'run'?");
        err.getBuffer().setLength(0);

        assertThat(run("check")).isEqualTo(2);
        assertThat(err.toString()).startsWith("promptsmith: 'check' is not a command. Did you mean 'check-files'?");
    }

    @Test
    void anUnknownOptionIsAnErrorToo() {
        assertThat(run("--verbose")).isEqualTo(2);
        assertThat(err.toString()).startsWith("promptsmith: Unknown option: '--verbose'").contains("Commands:");
    }

    @Test
    void helpAndVersionWorkAtTheTop() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: promptsmith", "serve", "Serves the web UI");
        out.getBuffer().setLength(0);

        assertThat(run("--version")).isZero();
        assertThat(out.toString()).isEqualTo("Promptsmith 0.1.0\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "check-files", "repair-json", "run", "generate", "optimize"})
    void helpAndVersionWorkForEveryCommand(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: promptsmith " + command);
        out.getBuffer().setLength(0);

        assertThat(run(command, "--version")).isZero();
        assertThat(out.toString()).isEqualTo("Promptsmith 0.1.0\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void everyCommandIsListed() {
        assertThat(PromptsmithCli.commandLine().getSubcommands().keySet()).containsAll(COMMANDS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"run | 120 | suite.yaml",
            "optimize | 120 | suite.yaml --prompt p --model echo --budget-calls 1",
            "generate | 300 | --task t --model echo"})
    void theCommandsThatCallModelsShareTheirOptionsButKeepTheirOwnTimeOut(String command, long seconds,
                                                                           String required) {
        // when
        Duration byDefault = modelCalls(command + " " + required).timeout();
        ModelCallOptions given = modelCalls(command + " " + required + " --timeout 7 --provider-base-url http://h:9/v1");

        // then
        assertThat(byDefault).isEqualTo(Duration.ofSeconds(seconds));
        assertThat(given.timeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(given.providerBaseUrl()).isEqualTo("http://h:9/v1");
    }

    private static ModelCallOptions modelCalls(String line) {
        return (ModelCallOptions) PromptsmithCli.commandLine().parseArgs(line.split(" ")).subcommand().commandSpec()
                .mixins().get("modelCalls").userObject();
    }

    @Test
    void serveTakesOnlySettings() {
        assertThat(run("serve", "prompts")).isEqualTo(2);
        assertThat(err.toString()).contains("serve: 'prompts' is not a setting", "--server.port=9090");
    }

    @Test
    void theJarExitsOnAnUnknownCommandInsteadOfServing() throws Exception {
        // given: what used to start the web server on port 8080 and keep running
        Process process = new ProcessBuilder(ChildJvm.javaBinary(), "-cp", System.getProperty("java.class.path"),
                PromptsmithApplication.class.getName(), "deploy", "--help").redirectErrorStream(true).start();

        // when
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        // then
        process.destroyForcibly();
        assertThat(exited).as("exited by itself").isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("'deploy' is not a command", "check-files").doesNotContain("Tomcat");
    }

    private int run(String... args) {
        CommandLine line = PromptsmithCli.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        return line.execute(args);
    }
}
