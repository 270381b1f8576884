package org.sendclock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskCreatedListenerTest {

    @Test
    void aTaskNameLongerThanTheEngineStoresIsCutWithAnEllipsisNeverThroughAnEmoji() {
        assertThat(TaskCreatedListener.fitted("Acknowledge: Week 6 decision breached")).isEqualTo(
                "Acknowledge: Week 6 decision breached");
        String cut = TaskCreatedListener.fitted("Acknowledge: " + "x".repeat(300));
        assertThat(cut).hasSize(255).endsWith("x\u2026");
        String emoji = TaskCreatedListener.fitted("x".repeat(253) + "\uD83D\uDE00" + "y".repeat(10));
        assertThat(emoji).isEqualTo("x".repeat(253) + "\u2026");
    }
}
