package dev.promptsmith.model;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a base URL points at this machine or the user's own network, judged from the URL alone (no
 * name is looked up): loopback, private and link-local addresses, {@code localhost}, names without a dot
 * (a machine on the network) and the names reserved for private networks ({@code .local}, {@code .lan},
 * {@code .internal}, {@code .home.arpa}, as Docker's {@code host.docker.internal}).
 */
final class LocalAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String[] PRIVATE_SUFFIXES = {".localhost", ".local", ".lan", ".internal", ".home.arpa"};

    private LocalAddress() {
    }

    static boolean isLocal(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return false;
        }
        String host;
        try {
            host = URI.create(baseUrl.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null || host.isEmpty()) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") || IPV4.matcher(host).matches()) {
            return privateLiteral(host.replace("[", "").replace("]", ""));
        }
        if (host.equals("localhost") || !host.contains(".")) {
            return true;
        }
        for (String suffix : PRIVATE_SUFFIXES) {
            if (host.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean privateLiteral(String literal) {
        try {
            // a literal address is parsed, never looked up
            InetAddress address = InetAddress.getByName(literal);
            byte[] bytes = address.getAddress();
            boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || uniqueLocalV6;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
