package dev.promptsmith.check;

/**
 * A check that cannot judge this kind of output at all, e.g. perplexity of a model that returns no
 * token log probabilities. As in promptfoo, where such a check throws, the cell is an error rather
 * than a failed answer: the engine says so in {@link CaseVerdict#error()}.
 */
public class CellErrorException extends RuntimeException {

    public CellErrorException(String message) {
        super(message);
    }
}
