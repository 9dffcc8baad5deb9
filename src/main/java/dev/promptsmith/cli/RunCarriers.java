package dev.promptsmith.cli;

/**
 * More carrier threads for a run's virtual threads than the JDK's default of one per core. A
 * run's cells mostly wait for answers, but while the code is still cold they load classes (from
 * the jar's nested jars) and wait in native code, which holds their carrier: with one carrier a
 * core, answers that arrive then wait for a free carrier before the next request can go out.
 * With two a core, the last of 1,000 requests at 64 at once reached the server about 70 ms
 * earlier (BENCHMARKS.md). It must be set before the first virtual thread starts; a value given
 * with {@code -Djdk.virtualThreadScheduler.parallelism} is kept.
 */
final class RunCarriers {

    static final String PROPERTY = "jdk.virtualThreadScheduler.parallelism";

    private RunCarriers() {
    }

    static void widen() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
    }
}
