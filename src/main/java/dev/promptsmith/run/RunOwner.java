package dev.promptsmith.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * Names the process that runs a run ({@code pid@host#instance}) and tells whether the process
 * that owns a stored run is still there. The instance part tells a restarted process from the
 * one before it when both got the same pid (as in a container, where it is often 1).
 */
final class RunOwner {

    private static final String INSTANCE = UUID.randomUUID().toString().substring(0, 8);

    private RunOwner() {
    }

    public static String current() {
        return ProcessHandle.current().pid() + "@" + host() + "#" + INSTANCE;
    }

    /** Whether the owner is alive, as far as this machine can tell; owners on other machines count as alive. */
    public static boolean alive(String owner) {
        int at = owner.indexOf('@');
        int hash = owner.lastIndexOf('#');
        if (at < 0 || hash < at) {
            return false;
        }
        if (!owner.substring(at + 1, hash).equals(host())) {
            return true;
        }
        long pid;
        try {
            pid = Long.parseLong(owner.substring(0, at));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return owner.substring(hash + 1).equals(INSTANCE);
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
