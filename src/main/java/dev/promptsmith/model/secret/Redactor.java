package dev.promptsmith.model.secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes secrets out of text before it is shown or logged: raw requests and responses, error
 * messages. Every known secret value is replaced by {@value #MARK}, and so are values in the
 * usual credential places of HTTP text even when the value is unknown: the
 * {@code Authorization}, {@code x-api-key}, {@code x-goog-api-key} and {@code api-key} headers,
 * {@code "api_key"}/{@code "apiKey"} fields, {@code key=} query parameters, and provider key
 * shapes such as {@code sk-…}.
 */
public final class Redactor {

    public static final String MARK = "[REDACTED]";
    /** Known values shorter than this are left alone, so that common words are not redacted. */
    public static final int SHORTEST_KNOWN_VALUE = 6;

    private static final String VALUE = "(?<value>[^\\s\"',;&}\\]\\[<>]+)";
    /** For each shape, words one of which its match must contain (in lower case): a cheap test before the pattern. */
    private static final List<List<String>> TRIGGERS = List.of(
            List.of("authorization"),
            List.of("bearer"),
            List.of("apikey", "api-key", "api_key"),
            List.of("key=", "access_token="),
            List.of("sk-", "gsk_", "aiza"));
    private static final List<Pattern> SHAPES = List.of(
            // Authorization: Bearer <token>, also as JSON, a Java map or a curl option
            Pattern.compile("(?i)\\b(?:proxy-)?authorization[\"']?[ \\t]*[:=][ \\t\"'\\[]*(?:[a-z]+[ \\t]+)?+" + VALUE),
            Pattern.compile("(?i)\\bbearer[ \\t]+(?<value>[a-z0-9\\-._~+/]{16,}=*)"),
            // x-api-key, x-goog-api-key, api-key headers; "api_key"/"apiKey" fields; api_key=... parameters
            Pattern.compile("(?i)(?<![a-z0-9])(?:x-goog-api-key|x-api-key|api[-_]?key)[\"']?[ \\t]*[:=][ \\t\"'\\[]*"
                    + "(?!null\\b)" + VALUE),
            // ?key=... in URLs (Google); access tokens likewise
            Pattern.compile("(?i)[?&](?:key|access_token)=(?<value>[^&\\s#\"'<>]+)"),
            // keys of the usual providers wherever they appear: sk-..., sk-ant-..., sk-proj-..., gsk_..., AIza...
            Pattern.compile("(?<![A-Za-z0-9_-])(?<value>(?:sk-|gsk_|AIza)[A-Za-z0-9_\\-]{20,})"));

    private final Pattern known;

    /** @param knownValues the secret values to redact wherever they occur; nulls and short ones are ignored */
    public Redactor(Collection<String> knownValues) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : knownValues) {
            if (value != null && value.length() >= SHORTEST_KNOWN_VALUE) {
                values.add(value);
                // the same key as a URL query parameter
                values.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        // Longest first: the alternation takes the first alternative that matches, so a key that
        // contains another key is redacted whole.
        this.known = values.isEmpty() ? null : Pattern.compile(values.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")));
    }

    /** A redactor that knows no values and only removes credentials from their usual places. */
    public static Redactor shapesOnly() {
        return new Redactor(List.of());
    }

    /** {@code text} without secrets; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = known == null ? text : known.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
        String lower = result.toLowerCase(Locale.ROOT);
        for (int i = 0; i < SHAPES.size(); i++) {
            if (TRIGGERS.get(i).stream().anyMatch(lower::contains)) {
                result = SHAPES.get(i).matcher(result).replaceAll(Redactor::withoutValue);
            }
        }
        return result;
    }

    private static String withoutValue(MatchResult match) {
        String whole = match.group();
        String value = match.group("value");
        if (value.equals(MARK) || value.equals("REDACTED")) {
            return Matcher.quoteReplacement(whole);
        }
        int start = match.start("value") - match.start();
        return Matcher.quoteReplacement(whole.substring(0, start) + MARK + whole.substring(start + value.length()));
    }
}
