package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * contains-xml: an element somewhere in the output is well-formed XML on its own, with the
 * value's {@code requiredElements} counted from that element.
 */
final class ContainsXmlCheck implements Check {

    @Override
    public String type() {
        return "contains-xml";
    }

    @Override
    public String description() {
        return "The output holds well-formed XML somewhere (text around it is fine), with the value's requiredElements.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> required = XmlDocuments.requiredElements(spec.value());
        String expectation = "contain well-formed XML" + (required.isEmpty() ? "" : " with " + required);
        Optional<Document> fragment = XmlDocuments.firstFragment(input.output());
        if (fragment.isEmpty()) {
            return new Verdict(false, 0, expectation, "it held none");
        }
        List<String> missing = XmlDocuments.missing(fragment.get(), required);
        return new Verdict(missing.isEmpty(), missing.isEmpty() ? 1 : 0, expectation,
                missing.isEmpty() ? "it did" : "its XML <" + fragment.get().getDocumentElement().getTagName()
                        + "> lacked " + missing);
    }
}
