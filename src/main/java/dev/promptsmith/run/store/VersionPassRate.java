package dev.promptsmith.run.store;

/**
 * How a prompt version did in the latest run that tested it, over that prompt's cells there.
 *
 * @param done cells of the prompt with a result
 */
public record VersionPassRate(long promptVersionId, long runId, String suite, int passed, int done) {

    public double passRate() {
        return done == 0 ? 0 : (double) passed / done;
    }
}
