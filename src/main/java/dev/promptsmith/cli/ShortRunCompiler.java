package dev.promptsmith.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Keeps the JVM's optimising compiler (C2) out of a command-line run. A run is over in seconds
 * to minutes, and on a small machine C2's compilations take a core from the calls and checks
 * for longer than their faster code pays back: measured over 1,000 and 20,000 cases, a run
 * without C2 takes a third less CPU and less wall time (BENCHMARKS.md). Methods are then
 * compiled by C1 only (with profiling first, then once more without when C2 refuses them): close
 * to {@code -XX:TieredStopAtLevel=1}, which {@code java -jar} has no way to set, while a compiler
 * directive can be added from inside the process, through the JVM's diagnostic command bean.
 * {@code PROMPTSMITH_JIT=full} leaves the compilers as they are, as does a JVM without the bean.
 */
final class ShortRunCompiler {

    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompiler() {
    }

    /** @return whether the directive is in place */
    static boolean apply() {
        if ("full".equalsIgnoreCase(System.getenv("PROMPTSMITH_JIT"))) {
            return false;
        }
        try {
            Path file = Files.createTempFile("promptsmith-compiler", ".json");
            try {
                Files.writeString(file, DIRECTIVE);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
                return true;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception | LinkageError e) {
            // not a HotSpot JVM, or no diagnostic commands: the run is the same, compiled as the JVM chooses
            return false;
        }
    }
}
