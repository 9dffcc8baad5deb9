package dev.promptsmith.ui.suites;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.ui.ModelLinks;

/** A model on offer for a run, with where it comes from: the suite file or the Models screen. */
record ModelChoice(ModelTarget target, String source) {

    static final String SUITE_FILE = "suite file";
    static final String SAVED = "saved";
    static final String BUILT_IN = "built-in";

    String label() {
        return target.name() + " (" + source + ") · " + ModelLinks.where(target);
    }
}
