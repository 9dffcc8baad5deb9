package dev.promptsmith.prompt;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.tree.ExpressionNode;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.tree.TreeParser;
import com.hubspot.jinjava.tree.parse.ExpressionToken;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the variables a template needs from outside: names used in {@code {{ }}} expressions
 * and in tags, less the names the template binds itself ({@code for x in ...}, {@code set x = ...})
 * and less function, filter, test and keyword names. Jinja2 has {@code meta.find_undeclared_variables}
 * for this; Jinjava has no such call, so we walk its syntax tree.
 */
final class TemplateVariables {

    private static final Set<String> KEYWORDS = Set.of(
            "and", "or", "not", "in", "is", "if", "else", "true", "false", "none", "null",
            "True", "False", "None", "loop", "empty");

    /** Only templates with more than placeholders load Jinjava, and its parser is built once. */
    private static final class Parser {
        static final Jinjava JINJAVA = new Jinjava();
    }

    Set<String> of(String template) {
        Set<String> plain = PlainTemplate.names(template);
        return plain != null ? plain : fromSyntaxTree(template);
    }

    /** {@link #of} through Jinjava's syntax tree, whatever the template. */
    Set<String> fromSyntaxTree(String template) {
        Node root = new TreeParser(Parser.JINJAVA.newInterpreter(), template).buildTree();
        Set<String> found = new LinkedHashSet<>();
        walk(root, new HashSet<>(), found);
        return found;
    }

    private void walk(Node node, Set<String> bound, Set<String> found) {
        Set<String> inner = bound;
        if (node instanceof ExpressionNode expression
                && expression.getMaster() instanceof ExpressionToken token) {
            collect(token.getExpr(), bound, found);
        } else if (node instanceof TagNode tag) {
            inner = tag(tag.getName(), tag.getHelpers(), bound, found);
        }
        for (Node child : node.getChildren()) {
            walk(child, inner, found);
        }
    }

    /** Collects the names a tag reads; returns the names bound inside its body. */
    private Set<String> tag(String name, String helpers, Set<String> bound, Set<String> found) {
        String args = helpers == null ? "" : helpers.trim();
        switch (name) {
            case "for" -> {
                int in = indexOfWord(args, "in");
                if (in < 0) {
                    return bound;
                }
                Set<String> inner = new HashSet<>(bound);
                for (String loopVar : args.substring(0, in).split(",")) {
                    inner.add(loopVar.trim());
                }
                collect(args.substring(in + 2), bound, found);
                return inner;
            }
            case "set" -> {
                int eq = args.indexOf('=');
                if (eq > 0) {
                    collect(args.substring(eq + 1), bound, found);
                    for (String target : args.substring(0, eq).split(",")) {
                        bound.add(target.trim());
                    }
                }
                return bound;
            }
            case "if", "elif", "else", "print", "do" -> {
                collect(args, bound, found);
                return bound;
            }
            default -> {
                return bound;
            }
        }
    }

    /** Scans an expression for root identifiers, skipping strings, attributes, filters, tests and calls. */
    static void collect(String expression, Set<String> bound, Set<String> found) {
        int i = 0;
        int n = expression.length();
        char previous = ' ';
        boolean testFollows = false;
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipString(expression, i);
                previous = c;
                testFollows = false;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_')) {
                    i++;
                }
                String word = expression.substring(start, i);
                int next = skipSpaces(expression, i);
                char following = next < n ? expression.charAt(next) : ' ';
                boolean attribute = previous == '.';
                boolean filter = previous == '|';
                boolean test = testFollows && !word.equals("not");
                boolean call = following == '(';
                boolean keywordArgument = following == '=' && (next + 1 >= n || expression.charAt(next + 1) != '=');
                if (!attribute && !filter && !test && !call && !keywordArgument
                        && !KEYWORDS.contains(word) && !bound.contains(word)) {
                    found.add(word);
                }
                testFollows = word.equals("is") || testFollows && word.equals("not");
                previous = 'a';
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
                previous = '0';
                testFollows = false;
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = c;
                    testFollows = false;
                }
                i++;
            }
        }
    }

    private static int skipString(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int indexOfWord(String s, String word) {
        int from = 0;
        while (true) {
            int at = s.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            boolean startOk = at == 0 || Character.isWhitespace(s.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == s.length() || Character.isWhitespace(s.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = end;
        }
    }
}
