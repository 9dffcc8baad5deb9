package dev.promptsmith.ui.optimize;

import dev.promptsmith.model.ModelTarget;

/** A model the form offers, with where it comes from in its label. */
record ModelOption(ModelTarget target, String label) {
}
