package dev.promptsmith.check;

/** Turns text into a vector for the similar check. */
public interface Embedder {

    float[] embed(String text);
}
