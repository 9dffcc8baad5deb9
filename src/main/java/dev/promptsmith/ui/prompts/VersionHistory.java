package dev.promptsmith.ui.prompts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptSummary;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptVersions;
import dev.promptsmith.prompt.SaveResult;
import dev.promptsmith.run.store.VersionPassRate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Consumer;

/**
 * A prompt's versions, newest first, with who saved each and why; the selected one can be
 * restored as a new version and given a label.
 */
class VersionHistory extends Div {

    private final PromptSummary prompt;
    private final PromptCatalog prompts;
    private final PromptVersions versions;
    private final Grid<PromptVersion> grid = new Grid<>(PromptVersion.class, false);
    private final Button restore = new Button("Restore as a new version");
    private final LabelsPanel labels;
    private final Function<List<Long>, Map<Long, VersionPassRate>> passRates;
    private Map<Long, VersionPassRate> rates = Map.of();

    /** @param restored called once an old version was restored, to show the prompt again */
    VersionHistory(PromptSummary prompt, List<PromptVersion> all, PromptCatalog prompts, PromptVersions versions,
                   Function<List<Long>, Map<Long, VersionPassRate>> passRates, Consumer<PromptVersion> selected,
                   Runnable restored) {
        this.prompt = prompt;
        this.prompts = prompts;
        this.versions = versions;
        this.labels = new LabelsPanel(prompt.id(), versions, this::reloadGrid);
        grid.setId("versions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(v -> "v" + v.number()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PromptVersion::shortHash).setHeader("Content hash").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.dateTime(v.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.author() == null ? "file" : v.author()).setHeader("Author").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> String.join(", ", v.labels())).setHeader("Labels").setAutoWidth(true);
        grid.addColumn(PromptVersion::note).setHeader("Note");
        this.passRates = passRates;
        grid.addComponentColumn(v -> latestRun(rates.get(v.id()))).setHeader("Latest run").setAutoWidth(true)
                .setFlexGrow(0);
        rates = passRates.apply(all.stream().map(PromptVersion::id).toList());
        grid.setItems(all);
        grid.setAllRowsVisible(all.size() <= 8);

        restore.setId("restore-version");
        restore.setEnabled(false);
        restore.addClickListener(click -> restore(grid.asSingleSelect().getValue(), restored));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                labels.select(change.getValue());
                restore.setEnabled(change.getValue().number() != all.getFirst().number());
                restore.setText("Restore v" + change.getValue().number() + " as a new version");
                selected.accept(change.getValue());
            }
        });
        add(grid, restore);
    }

    /** The pass rate of the version's cells in the latest run that tested it, linked to that run. */
    private static Component latestRun(VersionPassRate rate) {
        if (rate == null) {
            Span none = new Span("not run");
            none.addClassName("version-not-run");
            return none;
        }
        String text = rate.done() == 0 ? "no result yet" : String.format(java.util.Locale.ROOT, "%.1f%% of %d",
                rate.passRate() * 100, rate.done());
        Anchor link = new Anchor("runs/" + rate.runId(), text + " · " + rate.suite() + " #" + rate.runId());
        link.addClassName("version-pass-rate");
        return link;
    }

    LabelsPanel labels() {
        return labels;
    }

    void select(PromptVersion version) {
        grid.select(version);
    }

    private void reloadGrid() {
        PromptVersion selected = grid.asSingleSelect().getValue();
        List<PromptVersion> all = prompts.versions(prompt.id());
        rates = passRates.apply(all.stream().map(PromptVersion::id).toList());
        grid.setItems(all);
        all.stream().filter(v -> selected != null && v.id() == selected.id()).findFirst().ifPresent(grid::select);
    }

    private void restore(PromptVersion version, Runnable restored) {
        if (version == null) {
            return;
        }
        int latest = prompts.versions(prompt.id()).getFirst().number();
        SaveResult result = versions.restore(prompt.name(), version, latest);
        if (result instanceof SaveResult.Refused refused) {
            Notification.show("Not restored: " + String.join("; ", refused.problems()));
            return;
        }
        restored.run();
    }
}
