package dev.promptsmith.suite.results;

import java.util.Locale;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * The one rule that calls a change in pass rate significant, for a case and for a run's totals, on
 * the screens, on the command line and in its exit code: Fisher's exact test (two-sided) of the two
 * pass counts gives p under {@value #ALPHA}. Exact for the few repeats a case has: 1 of 1 against
 * 0 of 1, or 3 of 3 against 0 of 3 (p = 0.1), may be chance; 5 of 5 against 0 of 5 (p = 0.008) is not.
 */
public final class Significance {

    /** Under this p a difference is called significant. */
    public static final double ALPHA = 0.05;

    private Significance() {
    }

    /** Fisher's p for s1 of n1 against s2 of n2 passing; 1 when either has no sample. */
    public static double pValue(int s1, int n1, int s2, int n2) {
        if (n1 == 0 || n2 == 0) {
            return 1;
        }
        return FisherExactTest.withDefaults().test(new int[][] {{s1, n1 - s1}, {s2, n2 - s2}}).getPValue();
    }

    public static boolean significant(double pValue) {
        return pValue < ALPHA;
    }

    /** {@code p = 0.10}, {@code p = 0.008}, {@code p < 0.001}. */
    public static String p(double pValue) {
        if (pValue < 0.001) {
            return "p < 0.001";
        }
        return String.format(Locale.ROOT, pValue < 0.01 ? "p = %.3f" : "p = %.2f", pValue);
    }

    /** The test's answer in words, with its p: "significant (p = 0.008)" or "could be chance (p = 0.10)". */
    public static String words(double pValue) {
        return (significant(pValue) ? "significant" : "could be chance") + " (" + p(pValue)
                + ", Fisher's exact test)";
    }
}
