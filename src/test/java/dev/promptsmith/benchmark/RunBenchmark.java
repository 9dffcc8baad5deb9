package dev.promptsmith.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code run} command of the shipped jar, timed as a separate process against the simulator
 * (in this JVM) answering as OpenAI after a fixed latency: a promptfoo-style config of 1,000
 * cases x 1 model with is-json and contains checks. At 200 ms latency and 4, 16 and 64 calls at
 * once: the whole command's wall time and the run phase (first request arrived at the simulator
 * to last response finished) next to the physical limit (cases x latency / concurrency); at 0 ms
 * latency the CPU time of the process per case, with and without the start-up (an empty suite's
 * CPU); and a 20,000-case run under {@code -Xmx512m} with the heap after GC from {@code -Xlog:gc}.
 * When bench/promptfoo has promptfoo installed ({@code npm ci} there), the very same config runs
 * with {@code npx promptfoo eval} side by side.
 *
 * <p>Not part of the test suite (surefire leaves out *Benchmark classes). Build the jar first, then
 * {@code ./mvnw -q -B package -DskipTests && ./mvnw -q -B test -Dtest=RunBenchmark}. Results go to
 * the console and to {@code target/benchmarks/run.md}; the configs and each run's output stay in
 * {@code target/benchmarks/run/}. System properties: {@code bench.cases} (1000), {@code bench.big}
 * (20000, 0 to skip), {@code bench.promptfoo} (true; false to skip it), {@code bench.concurrency}
 * (4,16,64), {@code bench.latency} (200 ms), {@code bench.jfr} (true: a flight recording of each run of
 * the jar, next to its output in target/benchmarks/run/), {@code bench.jvmArgs} (more
 * options for the jar's JVM, e.g. {@code -XX:TieredStopAtLevel=1}, to try what start-up or JIT cost),
 * {@code bench.jar} (the jar to run instead of the newest target/promptsmith*.jar).
 *
 * <p>Two jars side by side, e.g. before and after a change: {@code -Dtest=RunBenchmark#jarsSideBySide
 * -Dbench.jar=before=/path/a.jar,after=target/promptsmith.jar} runs, in {@code bench.rounds} (3) rounds and in
 * the given order within each round, every jar on an empty suite, a suite of one case (one call in every
 * version, the start-up to compare) and the suite at 0 ms latency, -j 16 (the CPU time), then on the suite at {@code bench.latency}, -j 16 (the wall time), so that the machine's load hits
 * each jar alike. Results go to the console and to {@code target/benchmarks/run-side-by-side.md}.
 */
class RunBenchmark {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path DIR = ROOT.resolve("target/benchmarks/run");
    private static final Path PROMPTFOO = ROOT.resolve("bench/promptfoo");
    private static final Pattern REF = Pattern.compile("T-(\\d{6})");
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** Every FAIL_EVERY-th case is answered with prose, not JSON: its is-json check fails. */
    private static final int FAIL_EVERY = 20;
    private static final int WARM_UP_CALLS = 5_000;

    private final int cases = Integer.getInteger("bench.cases", 1000);
    private final int bigCases = Integer.getInteger("bench.big", 20_000);
    private final int latencyMs = Integer.getInteger("bench.latency", 200);
    private final List<Integer> concurrencies = Stream.of(System.getProperty("bench.concurrency", "4,16,64").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private final boolean jfr = Boolean.getBoolean("bench.jfr");
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final List<String> jvmArgs = Stream.of(System.getProperty("bench.jvmArgs", "").split("\\s+"))
            .filter(a -> !a.isBlank()).toList();

    /** One timed run of a command. */
    record Measurement(String tool, String what, int cases, int concurrency, int latencyMs, int exit, Duration wall,
                       Duration runPhase, Duration beforeFirst, Duration afterLast, Duration cpu, int calls,
                       Map<Integer, Integer> statuses, String passed, String load) {

        double limitSeconds() {
            return cases * (latencyMs / 1000.0) / concurrency;
        }
    }

    @Test
    void suiteRuns() throws Exception {
        Path jar = jars().getFirst().path();
        Files.createDirectories(DIR);
        boolean promptfoo = !"false".equals(System.getProperty("bench.promptfoo"))
                && Files.isRegularFile(PROMPTFOO.resolve("node_modules/promptfoo/package.json"));
        try (LlmSimulator simulator = LlmSimulator.start()) {
            simulator.reply(Reply.fromRequest(request -> answer(request.body())));
            warmUp(simulator);
            Path config = writeConfig("promptfooconfig.yaml", cases, simulator.openAiBaseUrl(), false);
            Path empty = writeConfig("empty.yaml", 0, simulator.openAiBaseUrl(), false);
            List<String> extra = runHelp(jar).contains("--no-cache") ? List.of("--no-cache") : List.of();
            String javaVersion = javaVersion();
            String promptfooVersion = promptfoo ? promptfooVersion() : null;
            System.out.printf("%nRun benchmark: %s, %s, extra options %s, promptfoo %s%n", jar.getFileName(),
                    javaVersion, extra, promptfoo ? promptfooVersion : "not installed");

            List<Measurement> timed = new ArrayList<>();
            simulator.latency(Duration.ofMillis(latencyMs));
            for (int concurrency : concurrencies) {
                timed.add(promptsmith(simulator, jar, config, cases, concurrency, extra, List.of(), "suite"));
                if (promptfoo) {
                    timed.add(promptfoo(simulator, config, cases, concurrency, "suite"));
                }
            }

            if (!extra.isEmpty()) {
                // as users run it: with the response cache (all misses on a fresh database)
                int most = concurrencies.stream().mapToInt(Integer::intValue).max().orElse(64);
                timed.add(promptsmith(simulator, jar, config, cases, most, List.of(), List.of(), "suite, cache on"));
            }

            simulator.latency(Duration.ZERO);
            List<Measurement> cpu = new ArrayList<>();
            cpu.add(promptsmith(simulator, jar, empty, 0, 16, extra, List.of(), "empty suite"));
            cpu.add(promptsmith(simulator, jar, config, cases, 16, extra, List.of(), "suite"));
            if (promptfoo) {
                cpu.add(promptfoo(simulator, empty, 0, 16, "empty suite"));
                cpu.add(promptfoo(simulator, config, cases, 16, "suite"));
            }

            Measurement big = null;
            String heap = null;
            if (bigCases > 0) {
                // one line a case: the suite parser takes YAML of at most 3 MB (SnakeYAML's default limit)
                Path bigConfig = writeConfig("big.yaml", bigCases, simulator.openAiBaseUrl(), true);
                Path gcLog = DIR.resolve("big-gc.log");
                Files.deleteIfExists(gcLog);
                big = promptsmith(simulator, jar, bigConfig, bigCases, 64, extra,
                        List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog), "suite, -Xmx512m");
                heap = heap(gcLog);
            }

            String report = report(timed, cpu, big, heap, javaVersion, promptfooVersion, extra);
            System.out.println("\n" + report);
            Files.writeString(DIR.getParent().resolve("run.md"), report);
        }
    }

    /** A jar under a name, from {@code bench.jar}. */
    record Jar(String label, Path path) {
    }

    /** The same suite through each of {@code bench.jar}'s jars in turn, {@code bench.rounds} times. */
    @Test
    void jarsSideBySide() throws Exception {
        List<Jar> jars = jars();
        assumeTrue(jars.size() > 1, "-Dbench.jar=label=path,label=path names the jars to compare");
        Files.createDirectories(DIR);
        try (LlmSimulator simulator = LlmSimulator.start()) {
            simulator.reply(Reply.fromRequest(request -> answer(request.body())));
            warmUp(simulator);
            Path config = writeConfig("promptfooconfig.yaml", cases, simulator.openAiBaseUrl(), false);
            Path empty = writeConfig("empty.yaml", 0, simulator.openAiBaseUrl(), false);
            // one call in every version: since promptfoo's rendering (an undefined variable is empty text) the empty
            // suite's one cell calls the model, before it failed without a call; one case calls it in both
            Path one = writeConfig("one.yaml", 1, simulator.openAiBaseUrl(), false);
            List<List<String>> extras = new ArrayList<>();
            for (Jar jar : jars) {
                extras.add(runHelp(jar.path()).contains("--no-cache") ? List.of("--no-cache") : List.of());
            }
            StringBuilder md = new StringBuilder("Side by side (%s, %d cores, %s), %d cases x 1 model, -j 16\n\n"
                    .formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), javaVersion(), cases));
            md.append("| round | jar | empty suite CPU s | one-case suite CPU s | suite CPU s at 0 ms "
                    + "| per case, less start-up ms | per case, less the one-case suite ms "
                    + "| suite at 0 ms, whole command s | suite at %d ms, whole command s | run phase s | CPU s "
                    .formatted(latencyMs) + "| load before/after |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (int round = 1; round <= rounds; round++) {
                for (int i = 0; i < jars.size(); i++) {
                    Jar jar = jars.get(i);
                    String what = jar.label() + " round " + round;
                    simulator.latency(Duration.ZERO);
                    Measurement idle = promptsmith(simulator, jar.path(), empty, 0, 16, extras.get(i), List.of(),
                            "empty " + what);
                    Measurement single = promptsmith(simulator, jar.path(), one, 1, 16, extras.get(i), List.of(),
                            "one case " + what);
                    Measurement fast = promptsmith(simulator, jar.path(), config, cases, 16, extras.get(i), List.of(),
                            "suite " + what);
                    simulator.latency(Duration.ofMillis(latencyMs));
                    Measurement slow = promptsmith(simulator, jar.path(), config, cases, 16, extras.get(i), List.of(),
                            "suite latency " + what);
                    md.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f "
                                    + "| %.2f | %.2f | %s, %s, %s, %s |%n", round, jar.label(), seconds(idle.cpu()),
                            seconds(single.cpu()), seconds(fast.cpu()), (millis(fast.cpu()) - millis(idle.cpu())) / cases,
                            (millis(fast.cpu()) - millis(single.cpu())) / (cases - 1), seconds(fast.wall()),
                            seconds(slow.wall()), seconds(slow.runPhase()), seconds(slow.cpu()), idle.load(),
                            single.load(), fast.load(), slow.load()));
                }
            }
            md.append("\nJars: ");
            md.append(String.join(", ", jars.stream().map(j -> j.label() + " = " + j.path()).toList())).append('\n');
            System.out.println("\n" + md);
            Files.writeString(DIR.getParent().resolve("run-side-by-side.md"), md);
        }
    }

    /** JSON with the case's reference for most cases; prose for every FAIL_EVERY-th. */
    /**
     * Warms the simulator up before anything is timed: its JVM compiles its own code on the same
     * cores, and without this the first tool run would pay for it and the ones after it not.
     */
    private static void warmUp(LlmSimulator simulator) throws Exception {
        simulator.latency(Duration.ofMillis(20)); // the way through its delay too
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                String body = """
                        {"model": "bench-model", "messages": [{"role": "user", "content":                         "Classify support ticket T-%06d and answer in JSON: warm-up"}]}""".formatted(i);
                calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(simulator.openAiBaseUrl() + "/chat/completions"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
                if (calls.size() == 64) {
                    calls.forEach(CompletableFuture::join);
                    calls.clear();
                }
            }
            calls.forEach(CompletableFuture::join);
        }
        simulator.latency(Duration.ZERO);
        simulator.clearRecords();
    }

    static Reply answer(String requestBody) {
        Matcher matcher = REF.matcher(requestBody);
        if (!matcher.find()) {
            return Reply.text("I cannot find a ticket reference.");
        }
        int n = Integer.parseInt(matcher.group(1));
        if (n % FAIL_EVERY == 0) {
            return Reply.text("Ticket " + matcher.group() + " looks like a billing question to me.");
        }
        return Reply.json("{\"ref\": \"" + matcher.group() + "\", \"category\": \"billing\", \"priority\": \"low\"}");
    }

    private static int expectedPasses(int cases) {
        return cases - (cases + FAIL_EVERY - 1) / FAIL_EVERY;
    }

    /** The config; {@code compact}: each case on one line in flow style, the same content in under half the bytes. */
    private static Path writeConfig(String name, int cases, String baseUrl, boolean compact) throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("""
                description: Run benchmark, %d cases
                prompts:
                  - "Classify support ticket {{ref}} and answer in JSON with ref, category and priority: {{text}}"
                providers:
                  - id: openai:chat:bench-model
                    config:
                      apiBaseUrl: %s
                      temperature: 0
                """.formatted(cases, baseUrl));
        if (cases == 0) {
            yaml.append("tests: []\n");
        } else {
            yaml.append("tests:\n");
        }
        for (int i = 0; i < cases; i++) {
            String ref = "T-%06d".formatted(i);
            if (compact) {
                yaml.append("""
                          - {vars: {ref: %s, text: "Invoice %d was charged twice, refund one."}, \
                        assert: [{type: is-json}, {type: contains, value: '"ref": "%s"'}]}
                        """.formatted(ref, i, ref));
                continue;
            }
            yaml.append("""
                      - description: ticket %s
                        vars:
                          ref: %s
                          text: "My invoice %d was charged twice this month, please refund one of the payments."
                        assert:
                          - type: is-json
                          - type: contains
                            value: '"ref": "%s"'
                    """.formatted(ref, ref, i, ref));
        }
        Path file = DIR.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private Measurement promptsmith(LlmSimulator simulator, Path jar, Path config, int cases, int concurrency,
                                    List<String> extra, List<String> jvmOptions, String what) throws Exception {
        Path data = Files.createTempDirectory("promptsmith-bench-data");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(jvmOptions);
        String logName = "promptsmith-" + logName(what, concurrency) + (latencyMsNow(simulator) == 0 ? "-0ms" : "");
        if (jfr) {
            command.add("-XX:StartFlightRecording=filename=" + DIR.resolve(logName + ".jfr") + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString(), "run", config.getFileName().toString(), "-j",
                String.valueOf(concurrency)));
        command.addAll(extra);
        Measurement m = measure(simulator, "promptsmith", what, cases, concurrency, command, DIR,
                Map.of("PROMPTSMITH_DATA_DIR", data.toString()), logName);
        deleteTree(data);
        return m;
    }

    private Measurement promptfoo(LlmSimulator simulator, Path config, int cases, int concurrency, String what)
            throws Exception {
        Path home = Files.createTempDirectory("promptfoo-bench-home");
        List<String> command = List.of("npx", "--no-install", "promptfoo", "eval", "-c", config.toString(),
                "--no-cache", "-j", String.valueOf(concurrency));
        Measurement m = measure(simulator, "promptfoo", what, cases, concurrency, command, PROMPTFOO,
                promptfooEnvironment(home), "promptfoo-" + logName(what, concurrency)
                        + (latencyMsNow(simulator) == 0 ? "-0ms" : ""));
        deleteTree(home);
        return m;
    }

    private static Map<String, String> promptfooEnvironment(Path home) {
        return Map.of("PROMPTFOO_DISABLE_TELEMETRY", "1", "PROMPTFOO_DISABLE_UPDATE", "1",
                "PROMPTFOO_DISABLE_SHARING", "1", "PROMPTFOO_CONFIG_DIR", home.toString(),
                "PROMPTFOO_CACHE_ENABLED", "false", "PROMPTFOO_DISABLE_REMOTE_GENERATION", "true", "NO_COLOR", "1");
    }

    private static long latencyMsNow(LlmSimulator simulator) {
        return simulator.latency().toMillis();
    }

    private static String logName(String what, int concurrency) {
        return what.replaceAll("\\W+", "-") + "-j" + concurrency;
    }

    /**
     * Runs the command under bash, whose {@code times} after the command gives the CPU time of the command and
     * all its children (Node's worker processes too), user and system, as the kernel counted it.
     */
    private Measurement measure(LlmSimulator simulator, String tool, String what, int cases, int concurrency,
                                List<String> command, Path workingDirectory, Map<String, String> environment,
                                String logName) throws Exception {
        Path log = DIR.resolve(logName + ".log");
        Path times = DIR.resolve(logName + ".times");
        Files.deleteIfExists(times);
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c",
                "\"$@\"; code=$?; times > \"$BENCH_TIMES\"; exit $code", "bash"));
        wrapped.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(wrapped).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("BENCH_TIMES", times.toString());
        builder.environment().put("OPENAI_API_KEY", "dummy");
        builder.environment().put("NO_PROXY", "127.0.0.1,localhost");
        builder.environment().put("no_proxy", "127.0.0.1,localhost");
        String loadBefore = loadAverage();
        simulator.clearRecords();
        long start = System.nanoTime();
        Instant started = Instant.now();
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(tool + " " + what + " -j " + concurrency + " took over 15 minutes; see " + log);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Instant ended = Instant.now();
        Instant first = simulator.firstRequestAt();
        Instant last = simulator.lastResponseAt();
        Duration phase = first == null || last == null ? Duration.ZERO : Duration.between(first, last);
        Duration beforeFirst = first == null ? Duration.ZERO : Duration.between(started, first);
        Duration afterLast = last == null ? Duration.ZERO : Duration.between(last, ended);
        String output = Files.readString(log);
        Matcher cpu = TIMES.matcher(Files.readString(times).lines().skip(1).findFirst().orElse(""));
        assertThat(cpu.find()).as("times output of " + logName).isTrue();
        Duration cpuTime = Duration.ofNanos((long) ((Integer.parseInt(cpu.group(1)) * 60 + Double.parseDouble(cpu.group(2))
                + Integer.parseInt(cpu.group(3)) * 60 + Double.parseDouble(cpu.group(4))) * 1e9));
        Measurement m = new Measurement(tool, what, cases, concurrency, (int) simulator.latency().toMillis(),
                process.exitValue(), wall, phase, beforeFirst, afterLast, cpuTime, simulator.callCount(), simulator.counts(),
                passed(tool, output), loadBefore + "/" + loadAverage());
        System.out.printf(Locale.ROOT, "%-11s %-16s %6d cases -j %-3d %4d ms: exit %d, wall %7.2f s (%.2f s to the "
                        + "first request, run phase %.2f s, %.2f s after the last response; limit %.2f s), CPU %.2f s, "
                        + "%d calls %s, passed %s, load average %s%n", tool, what, cases, concurrency, m.latencyMs(), m.exit(),
                seconds(wall), seconds(beforeFirst), seconds(phase), seconds(afterLast), m.limitSeconds(),
                seconds(cpuTime), m.calls(), m.statuses(), m.passed(), m.load());
        if (cases > 0) {
            assertThat(m.calls()).as(tool + " calls, see " + log).isEqualTo(cases);
            assertThat(m.passed()).as(tool + " passes, see " + log).isEqualTo(String.valueOf(expectedPasses(cases)));
        }
        return m;
    }

    /** The number of passed cases as the command reports it. */
    private static String passed(String tool, String output) {
        Pattern pattern = tool.equals("promptfoo")
                ? Pattern.compile("Successes:\\s*(\\d+)|(\\d+) passed", Pattern.CASE_INSENSITIVE)
                : Pattern.compile("^(?:Run \\d+: )?(\\d+)/\\d+ passed()", Pattern.MULTILINE);
        Matcher matcher = pattern.matcher(output.replaceAll("\u001B\\[[;\\d]*m", ""));
        String passed = "?";
        while (matcher.find()) {
            passed = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        }
        return passed;
    }

    /**
     * What the GC log says of the heap: the most left after any pause (an upper bound of the live data, as a young
     * or mixed pause leaves old garbage behind), the most left after a full collection (the live data then),
     * and the signs of a heap that is too small: evacuation failures and full collections.
     */
    private static String heap(Path gcLog) throws IOException {
        if (!Files.isRegularFile(gcLog)) {
            return "no GC log";
        }
        List<String> lines = Files.readAllLines(gcLog);
        int maxAfter = 0;
        int maxAfterFull = -1;
        int pauses = 0;
        int full = 0;
        int failures = 0;
        for (String line : lines) {
            Matcher matcher = GC.matcher(line);
            if (line.contains("Pause") && matcher.find()) {
                pauses++;
                int after = Integer.parseInt(matcher.group(2));
                maxAfter = Math.max(maxAfter, after);
                if (line.contains("Pause Full")) {
                    full++;
                    maxAfterFull = Math.max(maxAfterFull, after);
                }
                if (line.contains("Evacuation Failure")) {
                    failures++;
                }
            }
        }
        String collector = lines.stream().filter(l -> l.contains("Using ")).findFirst()
                .map(l -> l.substring(l.indexOf("Using ") + 6)).orElse("?");
        return "%s, %d pauses; heap after a pause at most %d MB; %d full collections%s; %d evacuation failures"
                .formatted(collector, pauses, maxAfter, full,
                        full == 0 ? "" : " (live data after them at most " + maxAfterFull + " MB)", failures);
    }

    private String report(List<Measurement> timed, List<Measurement> cpu, Measurement big, String heap,
                          String javaVersion, String promptfooVersion, List<String> extra) {
        StringBuilder md = new StringBuilder();
        md.append("Suite runs (").append(LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(javaVersion)
                .append(promptfooVersion == null ? "" : ", promptfoo " + promptfooVersion + " on Node "
                        + nodeVersion()).append(", run options ").append(extra).append(")\n\n");
        md.append("%d cases x 1 model, is-json and contains, simulator latency %d ms\n\n".formatted(cases, latencyMs));
        md.append("| tool | -j | whole command s | to first request s | run phase s | after last response s "
                + "| limit s | run phase / limit | CPU s | passed | exit | load before/after |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measurement m : timed) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s/%d | %d | %s |%n",
                    m.what().equals("suite") ? m.tool() : m.tool() + " (" + m.what().replace("suite, ", "") + ")", m.concurrency(), seconds(m.wall()), seconds(m.beforeFirst()), seconds(m.runPhase()),
                    seconds(m.afterLast()), m.limitSeconds(), seconds(m.runPhase()) / m.limitSeconds(),
                    seconds(m.cpu()), m.passed(), m.cases(), m.exit(), m.load()));
        }
        for (int concurrency : concurrencies) {
            Measurement ours = find(timed, "promptsmith", "suite", concurrency);
            Measurement theirs = find(timed, "promptfoo", "suite", concurrency);
            if (ours != null && theirs != null) {
                md.append(String.format(Locale.ROOT, "%nAt -j %d the whole command is %.1f times as fast as promptfoo's.",
                        concurrency, seconds(theirs.wall()) / seconds(ours.wall())));
            }
        }
        md.append("\n\nCPU time at 0 ms latency, -j 16 (user + system, the process and its children)\n\n");
        md.append("| tool | empty suite CPU s | suite CPU s | per case, with start-up ms | per case, less start-up ms "
                + "| whole command s | load before/after |\n|---|---|---|---|---|---|---|\n");
        for (String tool : List.of("promptsmith", "promptfoo")) {
            Measurement empty = find(cpu, tool, "empty suite", 16);
            Measurement suite = find(cpu, tool, "suite", 16);
            if (empty != null && suite != null) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %s, %s |%n", tool,
                        seconds(empty.cpu()), seconds(suite.cpu()), millis(suite.cpu()) / suite.cases(),
                        (millis(suite.cpu()) - millis(empty.cpu())) / suite.cases(), seconds(suite.wall()),
                        empty.load(), suite.load()));
            }
        }
        if (big != null) {
            md.append(String.format(Locale.ROOT, "%n%d cases at 0 ms latency, -j 64, -Xmx512m: exit %d, %s/%d passed, "
                            + "whole command %.1f s (%.1f s to the first request, run phase %.1f s, %.1f s after the "
                            + "last response), CPU %.1f s (%.2f ms a case), load average %s; %s%n", big.cases(),
                    big.exit(),
                    big.passed(), big.cases(), seconds(big.wall()), seconds(big.beforeFirst()),
                    seconds(big.runPhase()), seconds(big.afterLast()), seconds(big.cpu()),
                    millis(big.cpu()) / big.cases(), big.load(), heap));
        }
        return md.toString();
    }

    /** The 1-minute load average: the machine is shared, and other work skews wall times. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static Measurement find(List<Measurement> list, String tool, String what, int concurrency) {
        return list.stream().filter(m -> m.tool().equals(tool) && m.what().equals(what)
                && m.concurrency() == concurrency).findFirst().orElse(null);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }

    /** {@code bench.jar}'s jars ({@code label=path} or a path, comma-separated), else the newest in target/. */
    private static List<Jar> jars() throws IOException {
        String property = System.getProperty("bench.jar", "").strip();
        if (!property.isEmpty()) {
            List<Jar> jars = new ArrayList<>();
            for (String entry : property.split(",")) {
                int equals = entry.indexOf('=');
                Path path = ROOT.resolve(entry.substring(equals + 1).strip()).normalize();
                if (!Files.isRegularFile(path)) {
                    throw new AssertionError("-Dbench.jar: no file " + path);
                }
                jars.add(new Jar(equals < 0 ? path.getFileName().toString() : entry.substring(0, equals).strip(), path));
            }
            return jars;
        }
        try (Stream<Path> files = Files.list(ROOT.resolve("target"))) {
            return List.of(new Jar("promptsmith", files.filter(p -> p.getFileName().toString().matches("promptsmith.*\\.jar"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("no target/promptsmith*.jar: run ./mvnw -q -B package "
                            + "-DskipTests first"))));
        }
    }

    private static String runHelp(Path jar) throws Exception {
        return output(DIR, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "run", "--help");
    }

    private static String javaVersion() {
        return "Java " + Runtime.version();
    }

    private static String promptfooVersion() throws Exception {
        return output(PROMPTFOO, "npx", "--no-install", "promptfoo", "--version").strip();
    }

    private static String nodeVersion() {
        try {
            return output(PROMPTFOO, "npx", "--no-install", "node", "--version").strip();
        } catch (Exception e) {
            return "?";
        }
    }

    private static String output(Path directory, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("PROMPTFOO_DISABLE_TELEMETRY", "1");
        builder.environment().put("PROMPTFOO_DISABLE_UPDATE", "1");
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes());
        process.waitFor(2, TimeUnit.MINUTES);
        return text;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
