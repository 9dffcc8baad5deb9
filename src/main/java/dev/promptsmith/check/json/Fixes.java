package dev.promptsmith.check.json;

import java.util.List;

/** The fixes of a repair are kept as bits of a {@code long}, one per {@link Fix}; this turns them into a list. */
final class Fixes {

    private static final Fix[] ALL_FIXES = Fix.values();
    /**
     * The lists for sets of fixes made recently (in any run, any thread), by a hash of the set: repairs of similar
     * inputs make the same few sets of fixes. Mask and list are one immutable pair, so a reader in another thread
     * sees either an old or a new one (or none yet).
     */
    private static final FixList[] FIX_LISTS = new FixList[64];
    /** The bits of the fixes that complete input cut off at the end. */
    private static final long TRUNCATION_FIXES = truncationFixes();

    private Fixes() {
    }

    /** Whether any of {@code fixes} completes input that was cut off. */
    static boolean anyTruncation(long fixes) {
        return (fixes & TRUNCATION_FIXES) != 0;
    }

    /** The fixes, in their declared order, as an unmodifiable list (which RepairResult keeps as is). */
    static List<Fix> list(long fixes) {
        if (fixes == 0) {
            return List.of();
        }
        int slot = (int) ((fixes * 0x9E3779B97F4A7C15L) >>> 58);
        FixList last = FIX_LISTS[slot];
        if (last != null && last.fixes == fixes) {
            return last.list;
        }
        Fix[] list = new Fix[Long.bitCount(fixes)];
        int k = 0;
        for (long bits = fixes; bits != 0; bits &= bits - 1) {
            list[k++] = ALL_FIXES[Long.numberOfTrailingZeros(bits)];
        }
        List<Fix> result = List.of(list);
        FIX_LISTS[slot] = new FixList(fixes, result);
        return result;
    }

    private record FixList(long fixes, List<Fix> list) {
    }

    private static long truncationFixes() {
        long bits = 0;
        for (Fix f : ALL_FIXES) {
            if (f.truncation()) {
                bits |= 1L << f.ordinal();
            }
        }
        return bits;
    }
}
