package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.ChildJvm;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The compiler directive reaches the JVM, checked in a JVM of its own (this one keeps its
 * compilers): the child applies it and prints the directives the JVM lists.
 */
class ShortRunCompilerTest {

    @Test
    void aRunsJvmCompilesWithoutC2() throws Exception {
        String printed = child(null);

        assertThat(printed).startsWith("applied: true");
        assertThat(c2Directives(printed)).contains("Exclude:true");
    }

    @Test
    void fullLeavesTheCompilersAsTheyAre() throws Exception {
        String printed = child("full");

        assertThat(printed).startsWith("applied: false");
        assertThat(c2Directives(printed)).doesNotContain("Exclude:true");
    }

    /** What the JVM printed under each "c2 directives:" heading. */
    private static String c2Directives(String printed) {
        String[] parts = printed.split("c2 directives:");
        assertThat(parts).as("the JVM printed its directives").hasSizeGreaterThan(1);
        return Arrays.stream(parts, 1, parts.length).map(part -> part.split("c1 directives:")[0])
                .collect(Collectors.joining("\n"));
    }

    private static String child(String jit) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("PROMPTSMITH_JIT", jit);
        return ChildJvm.run(Child.class, List.of(), environment);
    }

    /** Applies the directive, then has the JVM print the directives in force. */
    static final class Child {

        public static void main(String[] args) throws Exception {
            System.out.println("applied: " + ShortRunCompiler.apply());
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        }
    }
}
