package dev.promptsmith.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A drafted case the user edited is read again as the drafter's answer is, and becomes what Keep writes. */
class DraftedCaseTest {

    private static final DraftedCase DRAFTED = new DraftedCase("Refund is billing", "edge",
            Map.of("ticket", "Refund me"), List.of(Map.of("type", "equals", "value", "billing")), List.of());

    @Test
    void aValidEditIsKeptAsEditedWithItsKind() {
        // when
        DraftedCase edited = DRAFTED.edited(2, Map.of("description", "Refund asked twice", "vars",
                Map.of("ticket", "Refund me, refund me"), "assert", List.of(Map.of("type", "icontains",
                        "value", "bill"), Map.of("type", "equals", "value", "billing", "config", Map.of("x", 1)))),
                List.of("ticket"));

        // then
        assertThat(edited).isEqualTo(new DraftedCase("Refund asked twice", "edge",
                Map.of("ticket", "Refund me, refund me"), List.of(Map.of("type", "icontains", "value", "bill"),
                        Map.of("type", "equals", "value", "billing", "config", Map.of("x", 1))), List.of()));
        assertThat(edited.asTest()).isEqualTo(Map.of("description", "Refund asked twice",
                "vars", Map.of("ticket", "Refund me, refund me"), "assert", edited.checks()));
    }

    @Test
    void anEditThatDropsAVariableOrBreaksACheckNamesWhere() {
        // when
        DraftedCase edited = DRAFTED.edited(3, Map.of("description", "Refund", "vars", Map.of(),
                "assert", List.of(Map.of("type", "equal", "value", "billing"), Map.of("type", "regex",
                        "value", "(unclosed"))), List.of("ticket"));

        // then
        assertThat(edited.valid()).isFalse();
        assertThat(edited.checks()).isEmpty();
        assertThat(edited.asTest()).doesNotContainKey("assert");
        assertThat(edited.toEdit().get("assert")).as("offered again to mend").isEqualTo(List.of(
                Map.of("type", "equal", "value", "billing"), Map.of("type", "regex", "value", "(unclosed")));
        assertThat(edited.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).isEqualTo("case 3 \"Refund\": the variable 'ticket' is not given"),
                p -> assertThat(p).startsWith("case 3 \"Refund\", check 1 (equal): type: ").contains("equals"),
                p -> assertThat(p).startsWith("case 3 \"Refund\", check 2 (regex): value: "),
                p -> assertThat(p).isEqualTo("case 3 \"Refund\": has no valid checks: it would pass whatever the answer"));
    }
}
