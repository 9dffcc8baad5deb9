package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * contains-html: the output holds HTML somewhere. As in promptfoo, one sign is not enough ("a &lt; b",
 * "&lt;example&gt;" in prose): it takes signs worth at least two, a well-known element or a doctype
 * counting double.
 */
final class ContainsHtmlCheck implements Check {

    private record Sign(String name, Pattern pattern, int worth) {
    }

    private static final Pattern OPENING = Pattern.compile("<[a-zA-Z][a-zA-Z0-9-]*(\\s+[^>]*)?>");
    private static final Pattern CLOSING = Pattern.compile("</[a-zA-Z][a-zA-Z0-9-]*\\s*>");
    private static final List<Sign> SIGNS = List.of(
            new Sign("a self-closing tag", Pattern.compile("<[a-zA-Z][a-zA-Z0-9-]*(\\s+[^>]*)?/>"), 1),
            new Sign("an entity", Pattern.compile("&([a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);"), 1),
            new Sign("a doctype", Pattern.compile("<!DOCTYPE\\s+html", Pattern.CASE_INSENSITIVE), 2),
            new Sign("a comment", Pattern.compile("<!--[\\s\\S]*?-->"), 1),
            new Sign("an attribute", Pattern.compile("\\s+[a-zA-Z-]+\\s*=\\s*[\"'][^\"']*[\"']"), 1),
            new Sign("a well-known element", Pattern.compile("<(html|head|body|div|span|p|a|img|h[1-6]|ul|ol|li|"
                    + "table|tr|td|th|form|input|button|script|style|link|meta|br|hr)\\b", Pattern.CASE_INSENSITIVE), 2));

    @Override
    public String type() {
        return "contains-html";
    }

    @Override
    public String description() {
        return "The output holds HTML somewhere: at least two signs of it (tags, entities, attributes, a doctype).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String output = input.output();
        List<String> found = new ArrayList<>();
        int worth = 0;
        boolean opening = OPENING.matcher(output).find();
        boolean closing = CLOSING.matcher(output).find();
        if (opening || closing) {
            worth += opening && closing ? 2 : 1;
            found.add(opening && closing ? "opening and closing tags" : opening ? "an opening tag" : "a closing tag");
        }
        for (Sign sign : SIGNS) {
            if (sign.pattern().matcher(output).find()) {
                worth += sign.worth();
                found.add(sign.name());
            }
        }
        boolean holds = worth >= 2;
        return new Verdict(holds, holds ? 1 : 0, "contain HTML",
                found.isEmpty() ? "it had no sign of HTML" : "it had " + String.join(", ", found));
    }
}
