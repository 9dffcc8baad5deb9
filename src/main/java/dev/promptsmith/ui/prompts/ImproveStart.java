package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import dev.promptsmith.generate.FailingCases;
import dev.promptsmith.generate.Improver;
import dev.promptsmith.model.ModelCatalog;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.ui.generate.ImproveDialog;

/** The prompt page's Improve… button, which opens the improve dialog on the latest version. */
@SpringComponent
@UIScope
class ImproveStart {

    private final Improver improver;
    private final FailingCases failing;
    private final ModelCatalog models;

    ImproveStart(Improver improver, FailingCases failing, ModelCatalog models) {
        this.improver = improver;
        this.failing = failing;
        this.models = models;
    }

    Button button(String promptName, PromptVersion latest, Runnable saved) {
        Button button = new Button("Improve…", click -> new ImproveDialog(promptName, latest, improver, failing,
                models, saved).open());
        button.setId("improve-prompt");
        return button;
    }
}
