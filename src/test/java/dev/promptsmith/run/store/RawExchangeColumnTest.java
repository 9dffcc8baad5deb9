package dev.promptsmith.run.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawExchangeColumnTest {

    @Test
    void aRawExchangeLongerThanTheColumnIsCutWithANoteAndFits() {
        String long2mb = "x".repeat(2_000_000);

        String stored = RunStore.raw(long2mb);

        assertThat(stored.length()).isLessThanOrEqualTo(RunStore.MAX_RAW);
        assertThat(stored).startsWith("xxxx").endsWith("[... cut: 1000100 more characters]");
        assertThat(RunStore.raw("short")).isEqualTo("short");
        assertThat(RunStore.raw(null)).isNull();
    }
}
