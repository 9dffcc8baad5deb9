package dev.promptsmith.model.secret;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a key may be sent: a provider kind and the base URL its calls go to. A key entered in
 * Promptsmith is stored for one destination and given to calls of that destination only, so a
 * base URL typed on a screen or written in a suite file never receives a key entered for another.
 * Two URLs are one destination when they differ only in what a server cannot tell apart: the case
 * of scheme and host, a default port, a trailing slash, {@code .} and {@code ..} segments.
 *
 * @param kind           the provider kind, e.g. {@code openai}
 * @param url            the normalised base URL
 * @param publicEndpoint whether it is the provider's own public endpoint, the one its usual
 *                       environment variable (such as {@code OPENAI_API_KEY}) is meant for
 */
public record KeyDestination(String kind, String url, boolean publicEndpoint) {

    static final String SECRET_PREFIX = "provider:";

    /**
     * @param baseUrl   the base URL the calls go to; blank for the provider's public endpoint
     * @param publicUrl the provider's public endpoint, or {@code null} when it has none
     */
    public static KeyDestination of(String kind, String baseUrl, String publicUrl) {
        String normalisedKind = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        boolean blank = baseUrl == null || baseUrl.isBlank();
        String url = normalise(blank ? publicUrl : baseUrl);
        boolean isPublic = publicUrl != null && (blank || url.equals(normalise(publicUrl)));
        return new KeyDestination(normalisedKind, url, isPublic);
    }

    /**
     * The name of the secret that holds a key entered for this destination: {@code provider:openai}
     * for a provider's public endpoint (as before keys belonged to destinations, so keys entered then
     * stay with the endpoint they were meant for), {@code provider:openai@http://host:1234/v1} for
     * any other URL.
     */
    public String secretName() {
        return publicEndpoint ? SECRET_PREFIX + kind : SECRET_PREFIX + kind + "@" + url;
    }

    /** How a secret's name reads to people: {@code openai at http://host:1234/v1}, {@code openai (public endpoint)}. */
    static String describeSecret(String name) {
        String rest = name.startsWith(SECRET_PREFIX) ? name.substring(SECRET_PREFIX.length()) : name;
        int at = rest.indexOf('@');
        if (at < 0) {
            return rest + " (public endpoint)";
        }
        return rest.substring(0, at) + " at " + rest.substring(at + 1);
    }

    @Override
    public String toString() {
        return kind + " at " + url;
    }

    static String normalise(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String text = url.strip();
        try {
            URI uri = new URI(text).normalize();
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return text;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            StringBuilder normal = new StringBuilder(scheme).append("://");
            if (uri.getRawUserInfo() != null) {
                normal.append(uri.getRawUserInfo()).append('@');
            }
            normal.append(uri.getHost() == null ? uri.getRawAuthority() : uri.getHost().toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            if (!defaultPort) {
                normal.append(':').append(port);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            normal.append(path);
            if (uri.getRawQuery() != null) {
                normal.append('?').append(uri.getRawQuery());
            }
            if (uri.getRawFragment() != null) {
                normal.append('#').append(uri.getRawFragment());
            }
            return normal.toString();
        } catch (URISyntaxException e) {
            return text;
        }
    }
}
