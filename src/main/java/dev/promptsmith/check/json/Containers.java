package dev.promptsmith.check.json;

import java.util.Arrays;

/**
 * The stack of open containers, kept in parallel arrays instead of by recursion, so the depth of nesting costs
 * heap, never call stack. It starts small (most documents nest a few levels) and doubles as needed.
 */
final class Containers {

    static final byte ARRAY = 1;
    static final byte OBJECT = 2;
    static final byte CALL = 3;
    static final byte TUPLE = 4;
    /** A Python set like {@code {'a', 'b'}}: read as an array, closed by its brace. */
    static final byte SET = 5;
    /** A fenced JSON block quoted as a string, like {@code "```json {"a": 1}```"}: read as its JSON. */
    static final byte QUOTED_FENCE = 6;

    private static final int INITIAL = 4;

    byte[] kinds = new byte[INITIAL];
    /** Whether the container has no item or member yet. */
    boolean[] fresh = new boolean[INITIAL];
    /** For a Python tuple: where its '[' went in the output, how many items it has, whether a comma was seen. */
    int[] opened = new int[INITIAL];
    int[] items = new int[INITIAL];
    boolean[] commas = new boolean[INITIAL];
    /** For an object: whether its first key is already written (an array item that turned out to be a key). */
    boolean[] keyed = new boolean[INITIAL];
    int depth;
    int openObjects;

    /** Opens a container of {@code kind} whose bracket stands in the output at {@code openedAt}. */
    void push(byte kind, int openedAt) {
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
        opened[depth] = openedAt;
        items[depth] = 0;
        commas[depth] = false;
        keyed[depth] = false;
        depth++;
    }

    /** The kind of the innermost open container, or 0 when none is open. */
    byte top() {
        return depth > 0 ? kinds[depth - 1] : 0;
    }

    void pop() {
        depth--;
        if (kinds[depth] == OBJECT) {
            openObjects--;
        }
    }
}
