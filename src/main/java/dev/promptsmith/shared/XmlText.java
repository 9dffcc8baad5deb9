package dev.promptsmith.shared;

/** Text made safe for XML 1.0, as element text or an attribute value. */
public final class XmlText {

    private XmlText() {
    }

    /**
     * Escapes the markup characters and drops the characters XML 1.0 does not allow (control
     * characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF).
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && !Character.isSurrogate(c)
                && c != '\uFFFE' && c != '\uFFFF';
    }
}
