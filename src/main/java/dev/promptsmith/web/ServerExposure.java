package dev.promptsmith.web;

import java.net.InetAddress;

/** Where the server listens, and whether that is allowed without sign-in. */
final class ServerExposure {

    private ServerExposure() {
    }

    /** Whether only programs on this machine can reach an address ({@code null}: every interface). */
    static boolean onThisMachineOnly(InetAddress address) {
        return address != null && address.isLoopbackAddress();
    }

    /**
     * @throws UnsafeExposureException when the server would listen beyond this machine with nobody to sign in
     */
    static void check(InetAddress address, WebAccess access) {
        if (onThisMachineOnly(address) || access.signInRequired()) {
            return;
        }
        String where = address == null || address.isAnyLocalAddress()
                ? "every network interface" + (address == null ? "" : " (" + address.getHostAddress() + ")")
                : address.getHostAddress();
        throw new UnsafeExposureException("Promptsmith was asked to listen on " + where + " without sign-in: anyone "
                + "who reaches the port could read every prompt, output and run, and spend the stored API keys.",
                "To listen there, set an admin password of at least " + WebAccess.MINIMUM_PASSWORD_LENGTH
                        + " characters in " + WebAccess.SETTING + ", and list the host names people will use "
                        + "in promptsmith.allowed-hosts (PROMPTSMITH_ALLOWED_HOSTS). To stay on this machine, leave "
                        + "server.address (PROMPTSMITH_ADDRESS) at 127.0.0.1.");
    }
}
