package dev.promptsmith.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the simulator answers to one chat request. Immutable; each method returns a changed copy. */
public final class Reply {

    /** The finish reason to report, in each API's own words. */
    public enum Finish { STOP, LENGTH, CONTENT_FILTER }

    enum Kind { ANSWER, ERROR, HANG, CUT }

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

    private Reply(Kind kind, List<String> chunks, Duration firstTokenDelay, Duration tokenDelay, Finish finish,
                  Integer inputTokens, Integer outputTokens, int status, String message, Duration retryAfter,
                  Duration hang, int cutAfter) {
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
                message, retryAfter, hang, cutAfter);
    }

    public Reply firstTokenDelay(Duration delay) {
        return new Reply(kind, chunks, delay, tokenDelay, finish, inputTokens, outputTokens, status, message,
                retryAfter, hang, cutAfter);
    }

    public Reply tokenDelay(Duration delay) {
        return new Reply(kind, chunks, firstTokenDelay, delay, finish, inputTokens, outputTokens, status, message,
                retryAfter, hang, cutAfter);
    }

    public Reply finishReason(Finish reason) {
        return new Reply(kind, chunks, firstTokenDelay, tokenDelay, reason, inputTokens, outputTokens, status, message,
                retryAfter, hang, cutAfter);
    }

    public Reply usage(int input, int output) {
        return new Reply(kind, chunks, firstTokenDelay, tokenDelay, finish, input, output, status, message,
                retryAfter, hang, cutAfter);
    }

    public Reply retryAfter(Duration delay) {
        return new Reply(kind, chunks, firstTokenDelay, tokenDelay, finish, inputTokens, outputTokens, status, message,
                delay, hang, cutAfter);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANSWER -> "answer of " + chunks.size() + " chunks";
            case ERROR -> "HTTP " + status + " " + message;
            case HANG -> "hang " + hang;
            case CUT -> "stream cut after " + cutAfter;
        };
    }
}
