package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * is-html: the whole output is HTML, as promptfoo means it: it begins and ends with markup, no
 * text stands outside the elements, every element that needs closing is closed in order, and it
 * is not an XML document.
 */
final class IsHtmlCheck implements Check {

    private static final Pattern MARKUP = Pattern.compile(
            "<!--[\\s\\S]*?-->|<!DOCTYPE[^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^>]*?)?)(/?)>",
            Pattern.CASE_INSENSITIVE);
    /** Elements that never have a closing tag. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr", "param");
    /** Elements whose content is raw text, skipped whole. */
    private static final Set<String> RAW = Set.of("script", "style");

    @Override
    public String type() {
        return "is-html";
    }

    @Override
    public String description() {
        return "The whole output is HTML: markup from start to end, elements closed in order, no text around it.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        Optional<String> problem = problem(input.output().strip());
        return new Verdict(problem.isEmpty(), problem.isEmpty() ? 1 : 0, "be HTML",
                problem.map(p -> "it " + p).orElse("it was"));
    }

    static Optional<String> problem(String text) {
        if (!text.startsWith("<") || !text.endsWith(">")) {
            return Optional.of("does not begin and end with markup");
        }
        if (text.regionMatches(true, 0, "<?xml", 0, 5)) {
            return Optional.of("is an XML document");
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = MARKUP.matcher(text);
        int at = 0;
        int elements = 0;
        while (tag.find(at)) {
            String between = text.substring(at, tag.start());
            if (open.isEmpty() && !between.isBlank()) {
                return Optional.of("has text outside its elements: " + Quote.of(between.strip()));
            }
            at = tag.end();
            if (tag.group(2) == null) {
                continue; // a comment or the doctype
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            elements++;
            if (!tag.group(1).isEmpty()) {
                if (open.isEmpty() || !open.peek().equals(name)) {
                    return Optional.of("closes <" + name + "> " + (open.isEmpty() ? "that was never opened"
                            : "while <" + open.peek() + "> is still open"));
                }
                open.pop();
            } else if (RAW.contains(name) && tag.group(4).isEmpty()) {
                int end = text.toLowerCase(Locale.ROOT).indexOf("</" + name, at);
                if (end < 0) {
                    return Optional.of("never closes <" + name + ">");
                }
                at = end;
                open.push(name);
            } else if (!VOID.contains(name) && tag.group(4).isEmpty()) {
                open.push(name);
            }
        }
        if (!open.isEmpty()) {
            return Optional.of("never closes <" + open.peek() + ">");
        }
        if (!text.substring(at).isBlank()) {
            return Optional.of("has text outside its elements: " + Quote.of(text.substring(at).strip()));
        }
        return elements == 0 ? Optional.of("has no element") : Optional.empty();
    }
}
