package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** is-xml: the output is well-formed XML. Document types are refused, so no entity can be expanded or fetched. */
final class IsXmlCheck implements Check {

    @Override
    public String type() {
        return "is-xml";
    }

    @Override
    public String description() {
        return "The output is well-formed XML (document types are not allowed).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new InputSource(new StringReader(input.output().strip())));
            return Verdict.of(true, "be well-formed XML");
        } catch (SAXParseException e) {
            return new Verdict(false, 0, "be well-formed XML",
                    "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
        } catch (Exception e) {
            return new Verdict(false, 0, "be well-formed XML", e.getMessage());
        }
    }
}
