package dev.promptsmith.model;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;

/** Turns whatever a provider call threw, and what the wire showed, into one {@link ModelException}. */
final class ErrorClassifier {

    private static final int MAX_DETAIL = 300;

    private ErrorClassifier() {
    }

    /** @param maxAnswer the size limit of answers, for the message of one over it */
    static ModelException classify(ModelTarget target, Throwable failure, CallRecord record, long maxAnswer) {
        String where = target.name() + " (" + target.providerId() + ")";
        if (failure instanceof ModelException model) {
            return model;
        }
        if (record.isTooLarge()) {
            return tooLarge(target, maxAnswer);
        }
        if (record.cancelled()) {
            return new ModelException(ModelErrorKind.CANCELLED, where + ": cancelled");
        }
        int status = record.status();
        if (status >= 400) {
            String detail = detail(record.redact(record.bodyText()));
            ModelErrorKind kind = byStatus(status, detail);
            return new ModelException(kind, where + ": " + kind.label() + " (HTTP " + status + ")"
                    + (detail.isEmpty() ? "" : ": " + detail), status, record.retryAfter().orElse(null));
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return new ModelException(ModelErrorKind.UNREACHABLE,
                        where + ": unreachable at " + target.effectiveBaseUrl() + " (is the server running?)");
            }
            if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
                return new ModelException(ModelErrorKind.TIMEOUT, where + ": no answer in time");
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new ModelException(ModelErrorKind.SERVER_ERROR, where + ": " + detail(record.redact(message)));
    }

    /** An answer over the limit; asking again would bring the same flood, so it is not retried. */
    static ModelException tooLarge(ModelTarget target, long maxAnswer) {
        return new ModelException(ModelErrorKind.ANSWER_TOO_LARGE, target.name() + " (" + target.providerId()
                + "): the answer is over " + size(maxAnswer) + "; it was cut off there and is not retried (the limit is "
                + "promptsmith.model.max-answer-size, or --max-answer-size on the command line)");
    }

    /** A size in the largest whole unit: 4 MB, 512 KB, 1000 bytes. */
    static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return bytes / (1 << 20) + " MB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return bytes / (1 << 10) + " KB";
        }
        return bytes + " bytes";
    }

    private static ModelErrorKind byStatus(int status, String detail) {
        String text = detail.toLowerCase(Locale.ROOT);
        return switch (status) {
            case 401, 403 -> ModelErrorKind.AUTHENTICATION;
            case 408 -> ModelErrorKind.TIMEOUT;
            case 429 -> ModelErrorKind.RATE_LIMITED;
            case 400, 404, 413, 422 -> text.contains("context_length") || text.contains("context length")
                    || text.contains("too long") || text.contains("too many tokens") || status == 413
                    ? ModelErrorKind.CONTEXT_TOO_LONG : ModelErrorKind.BAD_REQUEST;
            default -> status >= 500 ? ModelErrorKind.SERVER_ERROR : ModelErrorKind.BAD_REQUEST;
        };
    }

    /** The provider's own error message when its body is JSON with one, else the body, shortened. */
    private static String detail(String body) {
        String text = body == null ? "" : body.strip();
        java.util.regex.Matcher message = java.util.regex.Pattern
                .compile("\"(?:message|error)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
        if (message.find()) {
            text = message.group(1).replace("\\\"", "\"");
        }
        text = text.replaceAll("\\s+", " ");
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }
}
