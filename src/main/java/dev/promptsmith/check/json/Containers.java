package dev.promptsmith.check.json;

import java.util.Arrays;

/**
 * Adds the stack of open containers, kept in parallel arrays instead of by recursion, so the depth of nesting costs
 * heap, never call stack. It starts small (most documents nest a few levels) and doubles as needed.
 */
abstract class Containers extends Output {

    static final byte ARRAY = 1;
    static final byte OBJECT = 2;
    static final byte CALL = 3;
    static final byte TUPLE = 4;
    /** A Python set like {@code {'a', 'b'}}: read as an array, closed by its brace. */
    static final byte SET = 5;
    /** A fenced JSON block quoted as a string, like {@code "```json {"a": 1}```"}: read as its JSON. */
    static final byte QUOTED_FENCE = 6;

    private static final int STACK = 4;

    byte[] kinds = new byte[STACK];
    /** Whether the container has no item or member yet. */
    boolean[] fresh = new boolean[STACK];
    /** For a Python tuple: where its '[' went in the output, how many items it has, whether a comma was seen. */
    int[] opened = new int[STACK];
    int[] items = new int[STACK];
    boolean[] commas = new boolean[STACK];
    /** For an object: whether its first key is already written (an array item that turned out to be a key). */
    boolean[] keyed = new boolean[STACK];
    int depth;
    int openObjects;

    Containers(String text) {
        super(text);
    }

    /** Opens a container of {@code kind}; its bracket, if it has one, is the last character written. */
    final void push(byte kind) {
        if (depth == kinds.length) {
            kinds = Arrays.copyOf(kinds, depth * 2);
            fresh = Arrays.copyOf(fresh, depth * 2);
            opened = Arrays.copyOf(opened, depth * 2);
            items = Arrays.copyOf(items, depth * 2);
            commas = Arrays.copyOf(commas, depth * 2);
            keyed = Arrays.copyOf(keyed, depth * 2);
        }
        if (kind == OBJECT) {
            openObjects++;
        }
        kinds[depth] = kind;
        fresh[depth] = true;
        opened[depth] = outLength() - 1;
        items[depth] = 0;
        commas[depth] = false;
        keyed[depth] = false;
        depth++;
    }

    /** Closes the innermost container; the caller then skips the whitespace after its bracket. */
    final void pop() {
        depth--;
        if (kinds[depth] == OBJECT) {
            openObjects--;
        }
    }
}
