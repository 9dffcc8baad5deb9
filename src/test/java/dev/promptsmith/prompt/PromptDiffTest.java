package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.prompt.PromptDiff.Change;
import dev.promptsmith.prompt.PromptDiff.Segment;
import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptDiffTest {

    @Test
    void marksTheWordsThatChanged() {
        assertThat(PromptDiff.words("Greet the reader kindly.", "Greet the customer kindly!")).containsExactly(
                new Segment(Change.SAME, "Greet the "),
                new Segment(Change.REMOVED, "reader"),
                new Segment(Change.ADDED, "customer"),
                new Segment(Change.SAME, " kindly"),
                new Segment(Change.REMOVED, "."),
                new Segment(Change.ADDED, "!"));
    }

    @Test
    void listsOnlyThePartsThatChanged() {
        // given
        PromptDraft before = new PromptDraft("p", "P", "", List.of(new PromptDraft.Message(Role.USER, "Hi {{ x }}")),
                new PromptDraft.Parameters(0.2, null, PromptDraft.ResponseFormat.TEXT, ""), Map.of("x", "1"), Map.of());
        PromptDraft after = new PromptDraft("p", "P", "", List.of(new PromptDraft.Message(Role.USER, "Hi {{ x }}")),
                new PromptDraft.Parameters(0.7, null, PromptDraft.ResponseFormat.JSON, ""), Map.of("x", "1"), Map.of());

        // when
        PromptDiff diff = PromptDiff.between(before, after);

        // then
        assertThat(diff.sections()).extracting(PromptDiff.Section::title).containsExactly("Parameters");
        assertThat(diff.sections().getFirst().segments()).contains(new Segment(Change.REMOVED, "2"),
                new Segment(Change.ADDED, "7"), new Segment(Change.REMOVED, "text"), new Segment(Change.ADDED, "json_object"));
        assertThat(PromptDiff.between(before, before).empty()).isTrue();
    }
}
