package dev.promptsmith.suite;

import java.util.Map;

/** How many times a test case runs: its own {@code options.repeat} when it sets one, else the run's. */
public final class Repeats {

    private Repeats() {
    }

    public static int of(Map<String, Object> testOptions, int runRepeats) {
        return testOptions.get("repeat") instanceof Number n && n.intValue() > 0 ? n.intValue() : runRepeats;
    }
}
