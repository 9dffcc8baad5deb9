package dev.promptsmith.simulator;

import dev.promptsmith.shared.ContentHash;
import dev.promptsmith.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted "learning" model for the {@link LlmSimulator} (OpenAI wire). It is a script, not a model: it only
 * knows the {@link LearningTask}s it was given.
 *
 * <p><b>As a task model</b> (a request whose system message contains a task's marker) it answers
 * "answer for INPUT" followed by one part per rule of the task: the rule's good part when the system message
 * states the rule's phrase, else its bad part. So an answer passes its case's checks exactly when the prompt states
 * every rule the case depends on. With probability {@code noise} the outcome is flipped (a passing answer breaks
 * one rule, a failing one follows all); the noise is seeded by the request text and how often that text was seen,
 * so repeats differ and a run is reproducible.
 *
 * <p><b>As a proposer</b> (a request carrying one of the optimizer's meta-prompts) it answers the JSON the
 * meta-prompt asks for, {@code {"prompt": ..., "rationale": ...}}:
 * <ul>
 * <li>reflective meta-prompt: for every failure reason that reveals a rule (the reason contains the rule's check
 *     value) it adds that rule's phrase with probability {@code insight} (default 0.85); a second prompt to merge
 *     brings its rules too;</li>
 * <li>history meta-prompt: it takes the last (best) candidate and adds one phrase drawn from a pool of the task's
 *     missing rules and as many distractors ("Be concise." ...);</li>
 * <li>rewrite meta-prompt (the baseline): no feedback: half the time it adds a random phrase from the same pool,
 *     a fifth of the time it drops one of the prompt's rules, else it only rewords nothing.</li>
 * <li>promptfoo's {@code optimize} request (its suggestions provider's system message and a JSON user message with
 *     {@code currentPrompt}, {@code candidateCount} and {@code failures}): it answers {@code {"candidates": [...]}},
 *     each candidate made as the reflective proposer makes one, from the failures' grading reasons.</li>
 * </ul>
 *
 * <p>A task request without a system message (a promptfoo prompt is one plain text) is read as instructions and
 * input in one: the rules count when that text states them.
 * Its own choices come from a seeded random generator, so a benchmark run is reproducible.
 */
public final class LearningModel {

    static final List<String> DISTRACTORS = List.of("Be concise.", "Think step by step.", "Use a friendly tone.",
            "Double-check your answer.", "You are an expert.", "Avoid jargon.");
    private static final Pattern PROMPT = Pattern.compile("<prompt>\\n?(.*?)\\n?</prompt>", Pattern.DOTALL);
    private static final Pattern OTHER = Pattern.compile("<other_prompt>\\n?(.*?)\\n?</other_prompt>", Pattern.DOTALL);
    private static final Pattern CANDIDATE = Pattern.compile("<candidate score=\"[^\"]*\">\\n?(.*?)\\n?</candidate>",
            Pattern.DOTALL);
    /** The start of the system message promptfoo's {@code optimize} sends its suggestions provider. */
    static final String PROMPTFOO_OPTIMIZER = "You improve prompts using concrete evaluation evidence.";
    private static final Pattern REASON = Pattern.compile("<reason>(.*?)</reason>", Pattern.DOTALL);

    private final List<LearningTask> tasks;
    private final double noise;
    private final double insight;
    private final Random random;
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final AtomicInteger taskCalls = new AtomicInteger();
    private final AtomicInteger proposerCalls = new AtomicInteger();
    private final List<String> proposerRequests = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, PromptfooProposal> promptfooProposals = new ConcurrentHashMap<>();

    public LearningModel(List<LearningTask> tasks, double noise, long seed) {
        this(tasks, noise, 0.85, seed);
    }

    public LearningModel(List<LearningTask> tasks, double noise, double insight, long seed) {
        this.tasks = List.copyOf(tasks);
        this.noise = noise;
        this.insight = insight;
        this.random = new Random(seed);
    }

    /** The simulator's reply for this model, e.g. {@code simulator.replyFor("learner", model.reply())}. */
    public Reply reply() {
        return Reply.fromRequest(this::answer);
    }

    public int taskCalls() {
        return taskCalls.get();
    }

    public int proposerCalls() {
        return proposerCalls.get();
    }

    /** The bodies of every meta-prompt request, as received. */
    public List<String> proposerRequests() {
        return List.copyOf(proposerRequests);
    }

    Reply answer(RecordedRequest request) {
        Map<String, String> messages = messages(request.body());
        String system = messages.getOrDefault("system", "");
        String user = messages.getOrDefault("user", "");
        if (system.contains("reflecting on the test cases it failed")) {
            return proposal(request, () -> reflect(user));
        }
        if (system.contains("sorted by score in ascending order")) {
            return proposal(request, () -> history(user));
        }
        if (system.contains("Promptsmith's prompt rewriter")) {
            return proposal(request, () -> rewrite(user));
        }
        if (system.contains(PROMPTFOO_OPTIMIZER)) {
            return promptfooCandidates(request, user);
        }
        taskCalls.incrementAndGet();
        String instructions = system.isEmpty() ? user : system;
        LearningTask task = task(instructions);
        if (task == null) {
            return Reply.text("I do not know this task.");
        }
        return Reply.text(taskAnswer(task, instructions, user));
    }

    /**
     * One answer to promptfoo's candidate request.
     *
     * @param callsAnswered this model's calls, that answer included, when it was made
     * @param usable        its candidates promptfoo evaluates: distinct, not empty, not the current prompt
     */
    public record PromptfooProposal(int callsAnswered, int usable) {
    }

    /** The answer to promptfoo's candidate request that first proposed each candidate, by candidate text. */
    public Map<String, PromptfooProposal> promptfooProposals() {
        return Map.copyOf(promptfooProposals);
    }

    /**
     * promptfoo's request: each candidate as the reflective proposer makes one from the failures' grading reasons;
     * one that would be unchanged gets a phrase from the pool (promptfoo drops unchanged candidates, and a first
     * round without any aborts it: a real model always rewrites something).
     */
    @SuppressWarnings("unchecked")
    private Reply promptfooCandidates(RecordedRequest request, String user) {
        int calls = proposerCalls.incrementAndGet() + taskCalls.get();
        proposerRequests.add(request.body());
        Map<String, Object> asked = Json.readObject(user);
        String prompt = String.valueOf(asked.get("currentPrompt"));
        int count = asked.get("candidateCount") instanceof Number n ? n.intValue() : 3;
        String reasons = ((List<Object>) asked.getOrDefault("failures", List.of())).stream()
                .map(f -> "<reason>" + ((Map<String, Object>) f).get("gradingReason") + "</reason>")
                .collect(java.util.stream.Collectors.joining("\n"));
        List<Map<String, Object>> candidates = new ArrayList<>();
        java.util.Set<String> usable = new java.util.LinkedHashSet<>();
        synchronized (random) {
            for (int i = 0; i < count; i++) {
                String[] made = reflect("<prompt>" + prompt + "</prompt>\n" + reasons);
                if (made[0].strip().equals(prompt.strip())) {
                    String phrase = poolPhrase(prompt);
                    made = new String[] {add(prompt, phrase), "Added: " + phrase};
                }
                if (!made[0].strip().equals(prompt.strip())) {
                    usable.add(made[0].strip());
                }
                candidates.add(Map.of("hypothesis", made[1], "prompt", made[0]));
            }
        }
        PromptfooProposal proposal = new PromptfooProposal(calls, usable.size());
        usable.forEach(text -> promptfooProposals.putIfAbsent(text, proposal));
        return Reply.json(Json.write(Map.of("candidates", candidates)));
    }

    private Reply proposal(RecordedRequest request, java.util.function.Supplier<String[]> make) {
        proposerCalls.incrementAndGet();
        proposerRequests.add(request.body());
        String[] made;
        synchronized (random) {
            made = make.get();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("prompt", made[0]);
        json.put("rationale", made[1]);
        return Reply.json(Json.write(json));
    }

    private String taskAnswer(LearningTask task, String system, String user) {
        String key = system + "\n" + user;
        int count = seen.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
        long hash = Long.parseUnsignedLong(ContentHash.of(key + "#" + count).substring(0, 15), 16);
        boolean flip = new Random(hash).nextDouble() < noise;
        int caseIndex = caseIndex(task, user);
        List<Boolean> follows = new ArrayList<>();
        boolean passes = true;
        for (int r = 0; r < task.rules().size(); r++) {
            boolean follow = states(system, task.rules().get(r));
            follows.add(follow);
            passes &= follow || caseIndex < 0 || !task.dependsOn(caseIndex, r);
        }
        if (flip && caseIndex >= 0) {
            for (int r = 0; r < task.rules().size(); r++) {
                if (task.dependsOn(caseIndex, r)) {
                    follows.set(r, !passes);
                    if (passes) {
                        break;
                    }
                }
            }
        }
        StringBuilder answer = new StringBuilder("answer for " + (caseIndex < 0 ? user.strip() : task.input(caseIndex)));
        for (int r = 0; r < task.rules().size(); r++) {
            String part = follows.get(r) ? task.rules().get(r).good() : task.rules().get(r).bad();
            if (!part.isEmpty()) {
                answer.append('\n').append(part);
            }
        }
        return answer.toString();
    }

    private static int caseIndex(LearningTask task, String user) {
        for (int i = task.cases() - 1; i >= 0; i--) {
            if (user.contains(task.input(i))) {
                return i;
            }
        }
        return -1;
    }

    private LearningTask task(String text) {
        return tasks.stream().filter(t -> text.contains(t.marker())).findFirst().orElse(null);
    }

    private static boolean states(String system, LearningTask.Rule rule) {
        return system.toLowerCase(Locale.ROOT).contains(rule.phrase().toLowerCase(Locale.ROOT));
    }

    /** The reflective proposer: adds the rules the failure reasons reveal, each with probability insight. */
    private String[] reflect(String user) {
        String prompt = group(PROMPT, user);
        String other = group(OTHER, user);
        LearningTask task = task(prompt);
        List<String> added = new ArrayList<>();
        String result = prompt;
        if (task != null) {
            for (LearningTask.Rule rule : task.rules()) {
                if (!other.isEmpty() && states(other, rule) && !states(result, rule)) {
                    result = add(result, rule.phrase());
                    added.add(rule.phrase());
                }
            }
            Matcher reasons = REASON.matcher(user);
            List<String> revealed = new ArrayList<>();
            while (reasons.find()) {
                revealed.add(reasons.group(1));
            }
            for (LearningTask.Rule rule : task.rules()) {
                boolean shown = revealed.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT)
                        .contains(rule.reveal().toLowerCase(Locale.ROOT)));
                if (shown && !states(result, rule) && random.nextDouble() < insight) {
                    result = add(result, rule.phrase());
                    added.add(rule.phrase());
                }
            }
        }
        return new String[] {result, added.isEmpty() ? "The failures did not show me what to change."
                : "The failing checks show the prompt must say: " + String.join(" ", added)};
    }

    /** The OPRO proposer: the best (last) candidate plus one phrase from the pool. */
    private String[] history(String user) {
        Matcher candidates = CANDIDATE.matcher(user);
        String best = "";
        while (candidates.find()) {
            best = candidates.group(1);
        }
        String phrase = poolPhrase(best);
        return new String[] {add(best, phrase), "The best prompt so far, with: " + phrase};
    }

    /** The baseline: no feedback; adds a random phrase, drops a rule, or changes nothing. */
    private String[] rewrite(String user) {
        String prompt = group(PROMPT, user);
        double roll = random.nextDouble();
        if (roll < 0.5) {
            String phrase = poolPhrase(prompt);
            return new String[] {add(prompt, phrase), "Added: " + phrase};
        }
        LearningTask task = task(prompt);
        if (roll < 0.7 && task != null) {
            List<LearningTask.Rule> stated = task.rules().stream().filter(r -> states(prompt, r)).toList();
            if (!stated.isEmpty()) {
                LearningTask.Rule dropped = stated.get(random.nextInt(stated.size()));
                return new String[] {prompt.replace(dropped.phrase(), "").replace("\n\n\n", "\n\n"),
                        "Shortened the prompt."};
            }
        }
        return new String[] {prompt, "Reworded the prompt."};
    }

    /** One of the task's rules the prompt lacks, or a distractor: as many distractors as missing rules. */
    private String poolPhrase(String prompt) {
        LearningTask task = task(prompt);
        List<String> pool = new ArrayList<>();
        if (task != null) {
            task.rules().stream().filter(r -> !states(prompt, r)).forEach(r -> pool.add(r.phrase()));
        }
        int useful = pool.size();
        List<String> distractors = new ArrayList<>(DISTRACTORS.stream().filter(d -> !prompt.contains(d)).toList());
        for (int i = 0; i < Math.max(1, useful) && !distractors.isEmpty(); i++) {
            pool.add(distractors.remove(random.nextInt(distractors.size())));
        }
        return pool.isEmpty() ? "Be concise." : pool.get(random.nextInt(pool.size()));
    }

    /**
     * The prompt body with {@code phrase} as a new last line of its system message; in a plain-text prompt (as
     * promptfoo's) as a new last line before the paragraph with the variable.
     */
    static String add(String body, String phrase) {
        int user = body.indexOf("\nuser:");
        int variable = body.indexOf("\n\n{{");
        if (!body.startsWith("system:") && variable > 0) {
            return body.substring(0, variable) + "\n" + phrase + body.substring(variable);
        }
        if (!body.startsWith("system:") || user < 0) {
            return "system:\n" + phrase + "\n\n" + body;
        }
        return body.substring(0, user).stripTrailing() + "\n" + phrase + "\n" + body.substring(user);
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** The system and last user message's text of an OpenAI chat request. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> messages(String body) {
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            for (Object item : (List<Object>) Json.readObject(body).get("messages")) {
                Map<String, Object> message = (Map<String, Object>) item;
                Object content = message.get("content");
                String text = content instanceof String s ? s : content instanceof List<?> parts
                        ? parts.stream().map(p -> String.valueOf(((Map<String, Object>) p).get("text")))
                                .reduce("", String::concat)
                        : "";
                texts.merge(String.valueOf(message.get("role")), text, (a, b) -> a + "\n" + b);
            }
        } catch (RuntimeException e) {
            return texts;
        }
        return texts;
    }
}
