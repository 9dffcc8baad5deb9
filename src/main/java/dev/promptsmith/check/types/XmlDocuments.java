package dev.promptsmith.check.types;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Parses XML for is-xml and contains-xml: document types are refused, so no entity can be expanded
 * or fetched; and finds promptfoo's {@code requiredElements} (dot paths from the root element).
 */
final class XmlDocuments {

    /** A parsed document, or why the text is not one. */
    record Parsed(Document document, String problem) {
    }

    private static final Pattern START = Pattern.compile("<([A-Za-z_][\\w.-]*)");
    /** Where contains-xml stops looking: each candidate is parsed, and a long prose answer has many '<'. */
    private static final int MAX_CANDIDATES = 200;

    private XmlDocuments() {
    }

    static Parsed parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new Parsed(builder.parse(new InputSource(new StringReader(text))), null);
        } catch (SAXParseException e) {
            return new Parsed(null, "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + e.getMessage());
        } catch (Exception e) {
            return new Parsed(null, String.valueOf(e.getMessage()));
        }
    }

    /** The first element in the text, with its content, that parses as XML on its own. */
    static Optional<Document> firstFragment(String text) {
        Matcher start = START.matcher(text);
        int tried = 0;
        while (start.find() && tried++ < MAX_CANDIDATES) {
            String name = start.group(1);
            int close = text.lastIndexOf("</" + name, text.length());
            while (close > start.start()) {
                int end = text.indexOf('>', close);
                if (end < 0) {
                    break;
                }
                Parsed parsed = parse(text.substring(start.start(), end + 1));
                if (parsed.document() != null) {
                    return Optional.of(parsed.document());
                }
                close = text.lastIndexOf("</" + name, close - 1);
            }
            int selfClosing = text.indexOf("/>", start.end());
            if (selfClosing > 0 && text.indexOf('>', start.end()) == selfClosing + 1) {
                Parsed parsed = parse(text.substring(start.start(), selfClosing + 2));
                if (parsed.document() != null) {
                    return Optional.of(parsed.document());
                }
            }
        }
        return Optional.empty();
    }

    /** The check's {@code requiredElements}, from a value such as {@code {requiredElements: [root.child]}}. */
    static List<String> requiredElements(Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return List.of();
        }
        if (value instanceof Map<?, ?> map && map.get("requiredElements") instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        throw new IllegalArgumentException("the value of an XML check is {requiredElements: [root.child, ...]}");
    }

    /** The required paths the document lacks. */
    static List<String> missing(Document document, List<String> paths) {
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            if (!has(document.getDocumentElement(), path.split("\\."))) {
                missing.add(path);
            }
        }
        return missing;
    }

    private static boolean has(Element root, String[] names) {
        if (!root.getTagName().equals(names[0])) {
            return false;
        }
        List<Element> level = List.of(root);
        for (int i = 1; i < names.length; i++) {
            List<Element> next = new ArrayList<>();
            for (Element element : level) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e && e.getTagName().equals(names[i])) {
                        next.add(e);
                    }
                }
            }
            if (next.isEmpty()) {
                return false;
            }
            level = next;
        }
        return true;
    }
}
