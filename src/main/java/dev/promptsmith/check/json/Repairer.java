package dev.promptsmith.check.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One repair: a cursor over the input, the output being written, and a stack of open containers. */
final class Repairer {

    private enum State { KEY, COLON, VALUE, NEXT }

    /** An open object or array. {@code safeLength}: output length before the member now being written. */
    private static final class Frame {
        final boolean object;
        State state;
        int safeLength;
        int commaAt = -1;

        Frame(boolean object, int length) {
            this.object = object;
            this.state = object ? State.KEY : State.VALUE;
            this.safeLength = length;
        }
    }

    private final String in;
    private final boolean cutOff;
    private int pos;
    private int end;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Set<Fix> fixes = new LinkedHashSet<>();
    private boolean truncated;

    Repairer(String in, boolean cutOff) {
        this.in = in;
        this.cutOff = cutOff;
        this.end = in.length();
    }

    RepairResult run() {
        if (in.isBlank()) {
            return invalid("the output is empty");
        }
        if (!locateJson()) {
            return invalid("no JSON value found in the output");
        }
        List<String> values = new ArrayList<>();
        while (true) {
            int before = out.length();
            boolean complete = value();
            if (out.length() > before) {
                values.add(out.substring(before));
            }
            if (!complete) {
                break;
            }
            skipSpace(false);
            while (pos < end && (peek() == '}' || peek() == ']' || peek() == ',')) {
                fixes.add(peek() == ',' ? Fix.TRAILING_COMMA : Fix.REDUNDANT_CLOSING);
                pos++;
                skipSpace(false);
            }
            if (pos >= end) {
                break;
            }
            if (!startsValue(peek()) || !"{[\"".contains(String.valueOf(peek()))) {
                fixes.add(Fix.SURROUNDING_TEXT);
                break;
            }
            fixes.add(Fix.NDJSON);
        }
        if (values.isEmpty()) {
            return invalid("no JSON value found in the output");
        }
        String json = values.size() == 1 ? values.getFirst().strip() : "[\n" + String.join(",\n", values.stream()
                .map(String::strip).toList()) + "\n]";
        String problem = JsonCheck.problem(json);
        if (problem != null) {
            return invalid("could not be repaired: " + problem);
        }
        boolean wasCut = truncated || cutOff;
        JsonOutcome outcome = wasCut ? JsonOutcome.TRUNCATED
                : fixes.isEmpty() && json.equals(in.strip()) ? JsonOutcome.VALID : JsonOutcome.REPAIRED;
        return new RepairResult(outcome, outcome == JsonOutcome.VALID ? in.strip() : json, List.copyOf(fixes), null);
    }

    /** Skips a Markdown fence or text before the JSON; false when there is no JSON to be found. */
    private boolean locateJson() {
        int fence = in.indexOf("```");
        if (fence >= 0) {
            int lineEnd = in.indexOf('\n', fence);
            if (!in.substring(0, fence).isBlank()) {
                fixes.add(Fix.SURROUNDING_TEXT);
            }
            fixes.add(Fix.MARKDOWN_FENCE);
            pos = lineEnd < 0 ? end : lineEnd + 1;
            int close = in.indexOf("```", pos);
            if (close >= 0) {
                end = close;
                if (!in.substring(close + 3).isBlank()) {
                    fixes.add(Fix.SURROUNDING_TEXT);
                }
            }
        }
        skipSpace(false);
        if (pos < end && startsValue(peek())) {
            return true;
        }
        for (int i = pos; i < end; i++) {
            char c = in.charAt(i);
            if (c == '{' || c == '[') {
                fixes.add(Fix.SURROUNDING_TEXT);
                pos = i;
                return true;
            }
        }
        return false;
    }

    /** Reads one value with everything inside it; false when the input ended before it was complete. */
    private boolean value() {
        int depth = stack.size();
        if (!startValue()) {
            return false;
        }
        while (stack.size() > depth) {
            skipSpace(true);
            if (pos >= end) {
                closeAtEnd();
                return false;
            }
            Frame frame = stack.peek();
            char c = peek();
            if (c == '}' || c == ']') {
                close(c);
                continue;
            }
            switch (frame.state) {
                case KEY -> key(frame, c);
                case COLON -> colon(frame, c);
                case VALUE -> member(frame, c);
                case NEXT -> next(frame, c);
            }
            if (stack.peek() == frame && frame.state == State.VALUE && pos >= end) {
                continue;
            }
        }
        return !truncated;
    }

    private void key(Frame frame, char c) {
        if (c == ',') {
            fixes.add(Fix.LEADING_COMMA);
            pos++;
            return;
        }
        frame.safeLength = frame.commaAt >= 0 ? frame.commaAt : out.length();
        if (c == '"' || c == '\'' || c == '\u201C' || c == '\u2018') {
            if (!string()) {
                dropMember(frame);
                return;
            }
        } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
            int start = pos;
            while (pos < end && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '$' || peek() == '-')) {
                pos++;
            }
            fixes.add(Fix.UNQUOTED_KEY);
            writeString(in.substring(start, pos));
        } else {
            fixes.add(Fix.SURROUNDING_TEXT);
            pos++;
            return;
        }
        frame.state = State.COLON;
    }

    private void colon(Frame frame, char c) {
        if (c == ':') {
            out.append(':');
            pos++;
        } else if (startsValue(c)) {
            fixes.add(Fix.MISSING_COLON);
            out.append(':');
        } else {
            pos++;
            return;
        }
        frame.state = State.VALUE;
    }

    private void member(Frame frame, char c) {
        if (c == ',') {
            if (frame.object) {
                fixes.add(Fix.MISSING_VALUE);
                out.append("null");
                frame.state = State.NEXT;
            } else {
                fixes.add(Fix.LEADING_COMMA);
                pos++;
            }
            return;
        }
        if (c == '.' && in.startsWith("...", pos)) {
            fixes.add(Fix.ELLIPSIS);
            pos += 3;
            if (!frame.object && frame.commaAt >= 0) {
                out.setLength(frame.commaAt);
                frame.commaAt = -1;
            }
            frame.state = frame.object ? State.VALUE : (out.charAt(out.length() - 1) == '[' ? State.VALUE : State.NEXT);
            return;
        }
        if (!frame.object) {
            frame.safeLength = frame.commaAt >= 0 ? frame.commaAt : out.length();
        }
        frame.state = State.NEXT;
        if (!startValue()) {
            dropMember(frame);
        }
    }

    private void next(Frame frame, char c) {
        if (c == ',') {
            frame.commaAt = out.length();
            out.append(',');
            pos++;
        } else if (startsValue(c) || frame.object && (Character.isLetter(c) || c == '_')) {
            fixes.add(Fix.MISSING_COMMA);
            frame.commaAt = out.length();
            out.append(',');
        } else {
            fixes.add(Fix.SURROUNDING_TEXT);
            pos++;
            return;
        }
        frame.state = frame.object ? State.KEY : State.VALUE;
    }

    /** Starts a value at the cursor: opens a container, or reads a whole scalar. False when nothing usable was there. */
    private boolean startValue() {
        skipSpace(true);
        if (pos >= end) {
            truncated = true;
            return false;
        }
        char c = peek();
        if (c == '{' || c == '[') {
            out.append(c);
            pos++;
            stack.push(new Frame(c == '{', out.length()));
            return true;
        }
        if (c == '"' || c == '\'' || c == '\u201C' || c == '\u2018') {
            return string() || true;
        }
        if (c == '-' || c == '+' || Character.isDigit(c) || c == '.') {
            return number();
        }
        return word();
    }

    private boolean string() {
        char open = peek();
        char close = switch (open) {
            case '\u201C' -> '\u201D';
            case '\u2018' -> '\u2019';
            default -> open;
        };
        if (open != '"') {
            fixes.add(Fix.SINGLE_QUOTES);
        }
        pos++;
        out.append('"');
        while (pos < end) {
            char c = in.charAt(pos);
            if (c == close || open == '\u201C' && c == '"') {
                pos++;
                out.append('"');
                return true;
            }
            if (c == '\\') {
                if (pos + 1 >= end) {
                    pos++;
                    break;
                }
                char e = in.charAt(pos + 1);
                if ("\"\\/bfnrt".indexOf(e) >= 0) {
                    out.append(c).append(e);
                    pos += 2;
                } else if (e == 'u' && pos + 6 <= end && in.substring(pos + 2, pos + 6).matches("[0-9a-fA-F]{4}")) {
                    out.append(in, pos, pos + 6);
                    pos += 6;
                } else if (e == 'u' && pos + 6 > end) {
                    pos = end;
                    break;
                } else if (e == '\'') {
                    out.append('\'');
                    pos += 2;
                } else {
                    fixes.add(Fix.ESCAPE);
                    out.append("\\\\");
                    pos++;
                }
                continue;
            }
            if (c == '"') {
                out.append("\\\"");
            } else if (c < 0x20) {
                fixes.add(Fix.CONTROL_CHARACTER);
                out.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else {
                out.append(c);
            }
            pos++;
        }
        fixes.add(Fix.CLOSED_STRING);
        truncated = true;
        out.append('"');
        return true;
    }

    private boolean number() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        while (pos < end && (Character.isDigit(peek()) || ".eE+-".indexOf(peek()) >= 0)) {
            pos++;
        }
        String text = in.substring(start, pos);
        if (text.startsWith("+")) {
            text = text.substring(1);
            fixes.add(Fix.NUMBER);
        }
        if (pos >= end) {
            String valid = text.replaceAll("[.eE+-]+$", "");
            if (!valid.equals(text) || text.endsWith("-")) {
                truncated = true;
                fixes.add(Fix.DROPPED_INCOMPLETE_VALUE);
            }
            text = valid;
        }
        if (text.startsWith(".")) {
            text = "0" + text;
            fixes.add(Fix.NUMBER);
        }
        if (text.isEmpty() || text.equals("-")) {
            truncated = true;
            return false;
        }
        if (!text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            String fixed = text.replaceAll("\\.$", "").replaceAll("[eE][+-]?$", "");
            if (fixed.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                fixes.add(Fix.NUMBER);
                out.append(fixed.matches("-?0\\d+.*") ? "\"" + fixed + "\"" : fixed);
            } else {
                fixes.add(Fix.UNQUOTED_STRING);
                writeString(text);
            }
            return true;
        }
        out.append(text);
        return true;
    }

    private boolean word() {
        int start = pos;
        while (pos < end && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '$')) {
            pos++;
        }
        String word = in.substring(start, pos);
        if (word.isEmpty()) {
            pos++;
            fixes.add(Fix.SURROUNDING_TEXT);
            return false;
        }
        switch (word) {
            case "true", "false", "null" -> out.append(word);
            case "True", "False", "None" -> {
                fixes.add(Fix.PYTHON_CONSTANT);
                out.append(word.equals("None") ? "null" : word.toLowerCase());
            }
            case "undefined", "NaN", "Infinity" -> {
                fixes.add(Fix.UNQUOTED_STRING);
                out.append("null");
            }
            default -> {
                if (pos >= end) {
                    for (String keyword : new String[] {"true", "false", "null", "True", "False", "None"}) {
                        if (keyword.startsWith(word)) {
                            fixes.add(Fix.COMPLETED_KEYWORD);
                            truncated = true;
                            out.append(keyword.equals("None") ? "null" : keyword.toLowerCase());
                            return true;
                        }
                    }
                }
                int stop = pos;
                while (stop < end && ",}]:\n".indexOf(in.charAt(stop)) < 0) {
                    stop++;
                }
                fixes.add(Fix.UNQUOTED_STRING);
                writeString(in.substring(start, stop).strip());
                pos = stop;
            }
        }
        return true;
    }

    private void writeString(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** The member being written cannot be completed: take it out, with the comma before it. */
    private void dropMember(Frame frame) {
        out.setLength(frame.safeLength);
        frame.commaAt = -1;
        fixes.add(Fix.DROPPED_INCOMPLETE_VALUE);
        truncated = true;
        frame.state = State.NEXT;
        pos = end;
    }

    private void close(char bracket) {
        Frame frame = stack.peek();
        boolean matches = frame.object == (bracket == '}');
        if (!matches) {
            boolean lower = stack.stream().anyMatch(f -> f.object == (bracket == '}'));
            if (!lower) {
                fixes.add(Fix.REDUNDANT_CLOSING);
                pos++;
                return;
            }
        }
        pos = matches ? pos + 1 : pos;
        finishFrame(frame, false);
    }

    private void finishFrame(Frame frame, boolean atEnd) {
        if (frame.state == State.COLON || frame.object && frame.state == State.VALUE) {
            if (atEnd) {
                out.setLength(frame.safeLength);
                fixes.add(Fix.DROPPED_INCOMPLETE_VALUE);
            } else {
                if (frame.state == State.COLON) {
                    out.append(':');
                }
                out.append("null");
                fixes.add(Fix.MISSING_VALUE);
            }
        } else if (frame.commaAt >= 0 && frame.state != State.NEXT) {
            out.deleteCharAt(frame.commaAt);
            fixes.add(Fix.TRAILING_COMMA);
        }
        stripTrailingSpace(atEnd);
        out.append(frame.object ? '}' : ']');
        if (atEnd) {
            fixes.add(frame.object ? Fix.CLOSED_OBJECT : Fix.CLOSED_ARRAY);
        }
        stack.pop();
        Frame parent = stack.peek();
        if (parent != null) {
            parent.state = State.NEXT;
        }
    }

    private void stripTrailingSpace(boolean atEnd) {
        if (!atEnd) {
            return;
        }
        int length = out.length();
        while (length > 0 && Character.isWhitespace(out.charAt(length - 1))) {
            length--;
        }
        out.setLength(length);
    }

    private void closeAtEnd() {
        truncated = true;
        while (!stack.isEmpty()) {
            finishFrame(stack.peek(), true);
        }
    }

    /** Skips whitespace, and comments (which count as a fix); writes whitespace through when {@code keep}. */
    private void skipSpace(boolean keep) {
        while (pos < end) {
            char c = in.charAt(pos);
            if (Character.isWhitespace(c)) {
                if (keep) {
                    out.append(c);
                }
                pos++;
            } else if (c == '/' && pos + 1 < end && in.charAt(pos + 1) == '/' || c == '#' && stack.size() > 0) {
                fixes.add(Fix.COMMENT);
                while (pos < end && in.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < end && in.charAt(pos + 1) == '*') {
                fixes.add(Fix.COMMENT);
                int close = in.indexOf("*/", pos + 2);
                pos = close < 0 || close >= end ? end : close + 2;
            } else {
                return;
            }
        }
    }

    private char peek() {
        return in.charAt(pos);
    }

    private static boolean startsValue(char c) {
        return c == '{' || c == '[' || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '-'
                || Character.isDigit(c) || c == 't' || c == 'f' || c == 'n' || c == 'T' || c == 'F' || c == 'N';
    }

    private RepairResult invalid(String problem) {
        return new RepairResult(JsonOutcome.INVALID, null, List.copyOf(fixes), problem);
    }
}
