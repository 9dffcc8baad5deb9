package dev.promptsmith.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the simulator answers to one chat request. Immutable; each method returns a changed copy. */
public final class Reply {

    /** The finish reason to report, in each API's own words. */
    public enum Finish { STOP, LENGTH, CONTENT_FILTER }

    enum Kind { ANSWER, ERROR, HANG, CUT, DYNAMIC }

    private static final Pattern CHUNK = Pattern.compile("\\S+\\s*|\\s+");

    final Kind kind;
    final List<String> chunks;
    final Duration firstTokenDelay;
    final Duration tokenDelay;
    final Finish finish;
    final Integer inputTokens;
    final Integer outputTokens;
    final int status;
    final String message;
    final Duration retryAfter;
    final Duration hang;
    final int cutAfter;
    /** How long before anything is answered; {@code null} means the simulator's own latency. */
    final Duration latency;
    /** For {@link Kind#DYNAMIC}: the reply computed from the request. */
    final Function<RecordedRequest, Reply> dynamic;
    /** Calls of the request's tools the answer makes (OpenAI wire, blocking answers), besides its text. */
    final List<ToolCall> toolCalls;

    /** A call of one of the request's tools or functions, its arguments as the JSON text the model wrote. */
    public record ToolCall(String name, String arguments) {
    }

    private Reply(Kind kind, List<String> chunks, Duration firstTokenDelay, Duration tokenDelay, Finish finish,
                  Integer inputTokens, Integer outputTokens, int status, String message, Duration retryAfter,
                  Duration hang, int cutAfter) {
        this(kind, chunks, firstTokenDelay, tokenDelay, finish, inputTokens, outputTokens, status, message, retryAfter,
                hang, cutAfter, null, null, List.of());
    }

    private Reply(Kind kind, List<String> chunks, Duration firstTokenDelay, Duration tokenDelay, Finish finish,
                  Integer inputTokens, Integer outputTokens, int status, String message, Duration retryAfter,
                  Duration hang, int cutAfter, Duration latency, Function<RecordedRequest, Reply> dynamic,
                  List<ToolCall> toolCalls) {
        this.kind = kind;
        this.chunks = List.copyOf(chunks);
        this.firstTokenDelay = firstTokenDelay;
        this.tokenDelay = tokenDelay;
        this.finish = finish;
        this.inputTokens = inputTokens;
        this.outputTokens = outputTokens;
        this.status = status;
        this.message = message;
        this.retryAfter = retryAfter;
        this.hang = hang;
        this.cutAfter = cutAfter;
        this.latency = latency;
        this.dynamic = dynamic;
        this.toolCalls = List.copyOf(toolCalls);
    }

    /** An answer streamed as chunks of a word and the whitespace after it. */
    public static Reply text(String text) {
        List<String> chunks = new ArrayList<>();
        Matcher matcher = CHUNK.matcher(text);
        while (matcher.find()) {
            chunks.add(matcher.group());
        }
        return new Reply(Kind.ANSWER, chunks, Duration.ZERO, Duration.ZERO, null, null, null, 200, null, null, null, -1);
    }

    /** An HTTP error in the API's own error shape. */
    public static Reply error(int status, String message) {
        return new Reply(Kind.ERROR, List.of(), Duration.ZERO, Duration.ZERO, null, null, null, status, message, null,
                null, -1);
    }

    /** Accept the request and say nothing for that long, then close. */
    public static Reply hang(Duration duration) {
        return new Reply(Kind.HANG, List.of(), Duration.ZERO, Duration.ZERO, null, null, null, 200, null, null,
                duration, -1);
    }

    /** Stream that many chunks of the text, then drop the connection without a final event. */
    public static Reply cutStream(String text, int afterChunks) {
        Reply reply = text(text);
        return new Reply(Kind.CUT, reply.chunks, Duration.ZERO, Duration.ZERO, null, null, null, 200, null, null, null,
                afterChunks);
    }

    public Reply tokens(List<String> explicitChunks) {
        return new Reply(kind, explicitChunks, firstTokenDelay, tokenDelay, finish, inputTokens, outputTokens, status,
                message, retryAfter, hang, cutAfter, latency, dynamic, toolCalls);
    }

    /**
     * The answer calls these tools (OpenAI's {@code tool_calls}, or a {@code function_call} when the request
     * offers {@code functions} and no {@code tools}), besides any text.
     */
    public Reply toolCalls(List<ToolCall> calls) {
        return new Reply(kind, chunks, firstTokenDelay, tokenDelay, finish, inputTokens, outputTokens, status,
                message, retryAfter, hang, cutAfter, latency, dynamic, calls);
    }

    public Reply firstTokenDelay(Duration delay) {
        return new Reply(kind, chunks, delay, tokenDelay, finish, inputTokens, outputTokens, status, message,
                retryAfter, hang, cutAfter, latency, dynamic, toolCalls);
    }

    public Reply tokenDelay(Duration delay) {
        return new Reply(kind, chunks, firstTokenDelay, delay, finish, inputTokens, outputTokens, status, message,
                retryAfter, hang, cutAfter, latency, dynamic, toolCalls);
    }

    public Reply finishReason(Finish reason) {
        return new Reply(kind, chunks, firstTokenDelay, tokenDelay, reason, inputTokens, outputTokens, status, message,
                retryAfter, hang, cutAfter, latency, dynamic, toolCalls);
    }

    public Reply usage(int input, int output) {
        return new Reply(kind, chunks, firstTokenDelay, tokenDelay, finish, input, output, status, message,
                retryAfter, hang, cutAfter, latency, dynamic, toolCalls);
    }

    public Reply retryAfter(Duration delay) {
        return new Reply(kind, chunks, firstTokenDelay, tokenDelay, finish, inputTokens, outputTokens, status, message,
                delay, hang, cutAfter, latency, dynamic, toolCalls);
    }

    /**
     * Answer (or fail) only after that long, in place of the simulator's own {@link LlmSimulator#latency latency};
     * a stream starts after it, a blocking answer is sent after it plus any token delays.
     */
    public Reply latency(Duration delay) {
        return new Reply(kind, chunks, firstTokenDelay, tokenDelay, finish, inputTokens, outputTokens, status, message,
                retryAfter, hang, cutAfter, delay, dynamic, toolCalls);
    }

    /** The reply computed from each request; the computed reply's own latency wins over this one's. */
    public static Reply fromRequest(Function<RecordedRequest, Reply> compute) {
        return new Reply(Kind.DYNAMIC, List.of(), Duration.ZERO, Duration.ZERO, null, null, null, 200, null, null,
                null, -1, null, compute, List.of());
    }

    /** An answer whose text is computed from the text of the request's last user message. */
    public static Reply fromPrompt(Function<String, String> answerText) {
        return fromRequest(request -> text(answerText.apply(request.userText())));
    }

    /** An answer of that JSON text, sent as one chunk so that no whitespace is added or lost. */
    public static Reply json(String json) {
        return text(json).tokens(List.of(json));
    }

    /** The reply for one request: this one, or for {@link #fromRequest} the one computed from the request. */
    Reply resolve(RecordedRequest request) {
        if (kind != Kind.DYNAMIC) {
            return this;
        }
        Reply computed = dynamic.apply(request);
        if (computed == null) {
            throw new IllegalStateException("the reply function gave no reply for " + request.path());
        }
        computed = computed.resolve(request);
        return computed.latency == null && latency != null ? computed.latency(latency) : computed;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANSWER -> "answer of " + chunks.size() + " chunks";
            case ERROR -> "HTTP " + status + " " + message;
            case HANG -> "hang " + hang;
            case CUT -> "stream cut after " + cutAfter;
            case DYNAMIC -> "computed from the request";
        };
    }
}
