package dev.promptsmith.ui.runs;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.promptsmith.run.store.RunMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The matrix of a run: a row per prompt and test case, a column per model, each cell coloured
 * by its repeats. Rows are fetched a page at a time, each page counted in the database, so a
 * run of many thousands of results opens and scrolls as fast as a small one.
 */
class MatrixGrid extends Grid<MatrixRow> {

    private static final String CELL = "<span class=\"matrix-cell cell-${item.status}\" data-status=\"${item.status}\" "
            + "data-model=\"${item.model}\" data-case=\"${item.case}\" title=\"${item.title}\">${item.text}</span>";

    private final RunMatrix matrix;
    private final long runId;
    private final RunMatrix.Outline outline;

    MatrixGrid(RunMatrix matrix, long runId, RunMatrix.Outline outline, BiConsumer<MatrixRow, Integer> onCell) {
        super(MatrixRow.class, false);
        this.matrix = matrix;
        this.runId = runId;
        this.outline = outline;
        setId("run-matrix");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setPageSize(60);
        if (outline.prompts().size() > 1) {
            // a label can be a whole inline prompt: the column keeps its width, the tooltip has all of it
            addColumn(MatrixRow::prompt).setHeader("Prompt").setKey("prompt").setWidth("14rem").setFlexGrow(0)
                    .setFrozen(true).setTooltipGenerator(MatrixRow::prompt);
        }
        addColumn(row -> (row.test().position() + 1) + ". " + row.test().label()).setHeader("Test case")
                .setWidth("26rem").setFlexGrow(1).setFrozen(true).setTooltipGenerator(row -> row.test().label());
        for (int m = 0; m < outline.models().size(); m++) {
            int model = m;
            String name = outline.models().get(m);
            addColumn(LitRenderer.<MatrixRow>of(CELL)
                    .withProperty("status", row -> row.status(model).key())
                    .withProperty("text", row -> row.text(model))
                    .withProperty("model", row -> name)
                    .withProperty("case", row -> row.test().position() + 1)
                    .withProperty("title", row -> row.status(model).key() + " · " + name))
                    .setHeader(name).setKey("model-" + m).setWidth("9rem").setFlexGrow(0)
                    .setPartNameGenerator(row -> "matrix-" + row.status(model).key());
        }
        setItems(query -> page(query.getOffset(), query.getLimit()), query -> outline.rows());
        addItemClickListener(click -> {
            if (click.getColumn() != null && click.getColumn().getKey() != null
                    && click.getColumn().getKey().startsWith("model-")) {
                onCell.accept(click.getItem(), Integer.parseInt(click.getColumn().getKey().substring(6)));
            }
        });
    }

    /** Asks the database again for the rows on screen; the row count never changes, so the scroll position stays. */
    void refresh() {
        getDataProvider().refreshAll();
    }

    private Stream<MatrixRow> page(int offset, int limit) {
        int tests = outline.tests().size();
        int end = Math.min(outline.rows(), offset + limit);
        List<MatrixRow> rows = new ArrayList<>(Math.max(0, end - offset));
        int row = offset;
        while (row < end) {
            int prompt = row / tests;
            int from = row % tests;
            int to = Math.min(tests, from + (end - row));
            Map<Long, Map<Integer, RunMatrix.Tally>> byCase = new HashMap<>();
            for (RunMatrix.Tally tally : matrix.tallies(runId, prompt, outline.tests().subList(from, to))) {
                byCase.computeIfAbsent(tally.testCaseId(), id -> new HashMap<>()).put(tally.modelPosition(), tally);
            }
            for (int t = from; t < to; t++) {
                RunMatrix.Case test = outline.tests().get(t);
                rows.add(new MatrixRow(prompt, outline.prompts().get(prompt), test,
                        byCase.getOrDefault(test.id(), Map.of())));
            }
            row += to - from;
        }
        return rows.stream();
    }
}
