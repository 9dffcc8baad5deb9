package dev.promptsmith.suite;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@code derivedMetrics} formula: numbers, metric names, {@code + - * /} and parentheses, as in
 * {@code 2 * precision * recall / (precision + recall)}. A name with no value is 0, as in
 * promptfoo; a division by zero gives no value (NaN) rather than an error.
 */
public final class MetricFormula {

    private sealed interface Node permits Num, Name, Neg, Op {
    }

    private record Num(double value) implements Node {
    }

    private record Name(String name) implements Node {
    }

    private record Neg(Node operand) implements Node {
    }

    private record Op(char op, Node left, Node right) implements Node {
    }

    private final String text;
    private final Node root;

    private MetricFormula(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** @throws IllegalArgumentException saying what is wrong and at which character */
    public static MetricFormula parse(String text) {
        Parser parser = new Parser(text);
        Node root = parser.sum();
        parser.skipSpaces();
        if (parser.at < text.length()) {
            throw parser.unexpected();
        }
        return new MetricFormula(text, root);
    }

    public String text() {
        return text;
    }

    /** The metric names it reads. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        collect(root, names);
        return names;
    }

    public double evaluate(Map<String, Double> values) {
        return evaluate(root, values);
    }

    private static void collect(Node node, Set<String> names) {
        switch (node) {
            case Name name -> names.add(name.name());
            case Neg neg -> collect(neg.operand(), names);
            case Op op -> {
                collect(op.left(), names);
                collect(op.right(), names);
            }
            case Num ignored -> { }
        }
    }

    private static double evaluate(Node node, Map<String, Double> values) {
        return switch (node) {
            case Num num -> num.value();
            case Name name -> values.getOrDefault(name.name(), 0.0);
            case Neg neg -> -evaluate(neg.operand(), values);
            case Op op -> {
                double left = evaluate(op.left(), values);
                double right = evaluate(op.right(), values);
                yield switch (op.op()) {
                    case '+' -> left + right;
                    case '-' -> left - right;
                    case '*' -> left * right;
                    default -> right == 0 ? Double.NaN : left / right;
                };
            }
        };
    }

    /** Recursive descent: sum of products of unary factors. */
    private static final class Parser {

        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Node sum() {
            Node left = product();
            while (peek() == '+' || peek() == '-') {
                char op = text.charAt(at++);
                left = new Op(op, left, product());
            }
            return left;
        }

        Node product() {
            Node left = factor();
            while (peek() == '*' || peek() == '/') {
                char op = text.charAt(at++);
                left = new Op(op, left, factor());
            }
            return left;
        }

        Node factor() {
            char c = peek();
            if (c == '-') {
                at++;
                return new Neg(factor());
            }
            if (c == '(') {
                at++;
                Node inner = sum();
                if (peek() != ')') {
                    throw unexpected();
                }
                at++;
                return inner;
            }
            int start = at;
            if (Character.isDigit(c) || c == '.') {
                while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
                try {
                    return new Num(Double.parseDouble(text.substring(start, at)));
                } catch (NumberFormatException e) {
                    at = start;
                    throw unexpected();
                }
            }
            if (Character.isLetter(c) || c == '_') {
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                    at++;
                }
                return new Name(text.substring(start, at));
            }
            throw unexpected();
        }

        char peek() {
            skipSpaces();
            return at < text.length() ? text.charAt(at) : '\0';
        }

        void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        IllegalArgumentException unexpected() {
            return new IllegalArgumentException(at >= text.length()
                    ? "the formula '" + text + "' ends too early"
                    : "the formula '" + text + "' has '" + text.charAt(at) + "' at character " + (at + 1)
                    + " (a formula has numbers, metric names, + - * / and parentheses)");
        }
    }
}
