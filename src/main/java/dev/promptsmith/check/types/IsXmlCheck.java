package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.List;

/**
 * is-xml: the output is well-formed XML, with the {@code requiredElements} of the value if it
 * names any. Document types are refused, so no entity can be expanded or fetched.
 */
final class IsXmlCheck implements Check {

    @Override
    public String type() {
        return "is-xml";
    }

    @Override
    public String description() {
        return "The output is well-formed XML (document types are not allowed), with the value's requiredElements.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> required = XmlDocuments.requiredElements(spec.value());
        String expectation = "be well-formed XML" + (required.isEmpty() ? "" : " with " + required);
        XmlDocuments.Parsed parsed = XmlDocuments.parse(input.output().strip());
        if (parsed.document() == null) {
            return new Verdict(false, 0, expectation, parsed.problem());
        }
        List<String> missing = XmlDocuments.missing(parsed.document(), required);
        return new Verdict(missing.isEmpty(), missing.isEmpty() ? 1 : 0, expectation,
                missing.isEmpty() ? "it was" : "it lacked " + missing);
    }
}
