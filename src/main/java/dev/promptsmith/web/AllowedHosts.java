package dev.promptsmith.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The names the server answers to in a request's {@code Host} header, whatever the port. A page at
 * an attacker's name that later resolves to 127.0.0.1 (DNS rebinding) sends that name, so it is
 * refused; this machine's own names, the address the server is bound to and the names the
 * operator listed are answered. An IP literal is compared as an address, never looked up.
 */
final class AllowedHosts {

    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> names = new HashSet<>();
    private final boolean anyName;

    /**
     * @param configured comma-separated names (a port is ignored); {@code *} answers to any name
     * @param boundAddress the address the server listens on, {@code null} for every interface
     */
    AllowedHosts(String configured, InetAddress boundAddress) {
        THIS_MACHINE.forEach(name -> names.add(canonical(name)));
        boolean any = false;
        for (String entry : configured == null ? new String[0] : configured.split(",")) {
            String name = entry.strip();
            if (name.equals("*")) {
                any = true;
            } else if (!name.isEmpty()) {
                // two colons or more: a bare IPv6 literal; one: a name or IPv4 address with its port
                boolean ipv6 = !name.startsWith("[") && name.indexOf(':') != name.lastIndexOf(':');
                names.add(canonical(ipv6 ? "[" + name + "]" : withoutPort(name)));
            }
        }
        if (boundAddress != null && !boundAddress.isAnyLocalAddress()) {
            names.add(canonical(literal(boundAddress)));
        }
        anyName = any;
    }

    /** Whether a request with this {@code Host} header (null when it had none) is answered. */
    boolean permits(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        return anyName || names.contains(canonical(withoutPort(hostHeader.strip())));
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ipv6Literal(lower).map(AllowedHosts::literal).orElse(lower);
    }

    /** A bracketed IPv6 literal as an address; only hex digits, colons and dots are parsed, so nothing is looked up. */
    private static Optional<InetAddress> ipv6Literal(String name) {
        if (!(name.startsWith("[") && name.endsWith("]")) || !name.substring(1, name.length() - 1).matches("[0-9a-f:.]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(name.substring(1, name.length() - 1)));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static String literal(InetAddress address) {
        String text = address.getHostAddress();
        return text.contains(":") ? "[" + text + "]" : text;
    }
}
