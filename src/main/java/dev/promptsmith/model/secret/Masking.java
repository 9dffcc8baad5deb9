package dev.promptsmith.model.secret;

import java.util.Objects;

/** How a secret may be shown: enough to recognise which key it is, never enough to use it. */
public final class Masking {

    static final String HIDDEN = "••••";
    static final int SHORTEST_WITH_HINT = 12;
    private static final int MAX_HEAD = 3;
    private static final int MAX_TAIL = 4;

    private Masking() {
    }

    /**
     * At most the first 3 and last 4 characters around an ellipsis ({@code sk-…abcd}) for a
     * secret of 12 or more characters, never more than a third of it; only {@code ••••} for a
     * shorter one. The tail goes first, as providers' dashboards identify keys by it.
     */
    public static String mask(String secret) {
        Objects.requireNonNull(secret, "secret");
        int[] codePoints = secret.codePoints().toArray();
        if (codePoints.length < SHORTEST_WITH_HINT) {
            return HIDDEN;
        }
        int budget = codePoints.length / 3;
        int tail = Math.min(MAX_TAIL, budget);
        int head = Math.min(MAX_HEAD, budget - tail);
        return new String(codePoints, 0, head) + "…"
                + new String(codePoints, codePoints.length - tail, tail);
    }
}
