package dev.promptsmith.check.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes random valid JSON documents and remembers where each scalar leaf lies in the text. */
final class RandomJson {

    /** A scalar value in the document: where it is, and its path from the root (keys and indexes). */
    record Leaf(List<Object> path, int start, int end, boolean string) {
    }

    private static final String[] WORDS = {"a", "total", "hello world", "  two  spaces  ", "é", "漢字", "😀",
            "tab\there", "quote\"in", "back\\slash", "line\nbreak", "a, b", "[1]", "{x:y}", "plus + minus",
            "\u2028", "", "ctrl\u0001", "https://example.com/a?b=c", "it's", "x/y"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final List<Leaf> leaves = new ArrayList<>();

    private RandomJson(long seed) {
        this.random = new Random(seed);
    }

    static RandomJson document(long seed) {
        RandomJson json = new RandomJson(seed);
        json.space();
        if (json.random.nextBoolean()) {
            json.object(new ArrayList<>(), 0);
        } else {
            json.array(new ArrayList<>(), 0);
        }
        json.space();
        return json;
    }

    String text() {
        return out.toString();
    }

    List<Leaf> leaves() {
        return leaves;
    }

    private void value(List<Object> path, int depth) {
        int pick = random.nextInt(depth > 4 ? 6 : 8);
        switch (pick) {
            case 0, 1 -> leaf(path, true, () -> string(word()));
            case 2 -> leaf(path, false, () -> out.append(number()));
            case 3 -> leaf(path, false, () -> out.append(random.nextBoolean() ? "true" : "false"));
            case 4 -> leaf(path, false, () -> out.append("null"));
            case 5 -> leaf(path, false, () -> out.append(random.nextInt(1000)));
            case 6 -> object(path, depth + 1);
            default -> array(path, depth + 1);
        }
    }

    private void leaf(List<Object> path, boolean string, Runnable write) {
        int start = out.length();
        write.run();
        leaves.add(new Leaf(List.copyOf(path), start, out.length(), string));
    }

    private void object(List<Object> path, int depth) {
        out.append('{');
        int size = random.nextInt(5);
        for (int k = 0; k < size; k++) {
            if (k > 0) {
                out.append(',');
            }
            space();
            String key = "k" + k + (random.nextInt(4) == 0 ? " " + word() : "");
            string(key);
            space();
            out.append(':');
            space();
            path.add(key);
            value(path, depth);
            path.removeLast();
            space();
        }
        out.append('}');
    }

    private void array(List<Object> path, int depth) {
        out.append('[');
        int size = random.nextInt(5);
        for (int k = 0; k < size; k++) {
            if (k > 0) {
                out.append(',');
            }
            space();
            path.add(k);
            value(path, depth);
            path.removeLast();
            space();
        }
        out.append(']');
    }

    private String word() {
        StringBuilder w = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int k = 0; k < parts; k++) {
            w.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return w.toString();
    }

    private String number() {
        StringBuilder s = new StringBuilder();
        if (random.nextBoolean()) {
            s.append('-');
        }
        s.append(random.nextInt(3) == 0 ? "0" : String.valueOf(1 + random.nextInt(99999)));
        if (random.nextBoolean()) {
            s.append('.').append(random.nextInt(1000));
        }
        if (random.nextInt(3) == 0) {
            s.append(random.nextBoolean() ? 'e' : 'E').append(new String[] {"", "+", "-"}[random.nextInt(3)])
                    .append(random.nextInt(30));
        }
        return s.toString();
    }

    private void string(String s) {
        out.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        // both halves of a pair escaped or neither: one escaped half beside a raw one is text no
                        // encoder can write (the raw half becomes '?'), which repair rewrites as two escapes
                        char low = s.charAt(++k);
                        out.append(random.nextInt(4) == 0 ? String.format("\\u%04x\\u%04x", (int) c, (int) low)
                                : "" + c + low);
                    } else if (c < 0x20 || c > 0x7f && random.nextInt(4) == 0) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (c == '/' && random.nextBoolean()) {
                        out.append("\\/");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void space() {
        switch (random.nextInt(6)) {
            case 0 -> out.append(' ');
            case 1 -> out.append("\n  ");
            default -> {
            }
        }
    }
}
