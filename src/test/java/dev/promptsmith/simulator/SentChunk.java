package dev.promptsmith.simulator;

import java.time.Instant;

/** A chunk of a streamed answer and when the simulator wrote it to the socket. */
public record SentChunk(String model, int index, String text, Instant sentAt) {
}
