package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.ChildJvm;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import javax.management.InstanceNotFoundException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Checked in JVMs of their own: the test JVM's virtual threads started long ago. */
class RunCarriersTest {

    @Test
    void aRunHasTwoCarrierThreadsACore() throws Exception {
        String printed = ChildJvm.run(Child.class, List.of(), Map.of());

        Assumptions.assumeFalse(printed.contains("unknown"), "the JVM (before 24) has no scheduler bean to ask");
        assertThat(printed.strip()).isEqualTo("carriers " + 2 * Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aParallelismGivenOnTheCommandLineIsKept() throws Exception {
        String printed = ChildJvm.run(Child.class, List.of("-D" + RunCarriers.PROPERTY + "=3"), Map.of());

        Assumptions.assumeFalse(printed.contains("unknown"), "the JVM (before 24) has no scheduler bean to ask");
        assertThat(printed.strip()).isEqualTo("carriers 3");
    }

    /** Widens, starts a virtual thread, and prints the parallelism the scheduler's bean (Java 24 on) reports. */
    static final class Child {

        public static void main(String[] args) throws Exception {
            RunCarriers.widen();
            Thread.ofVirtual().start(() -> { }).join();
            try {
                System.out.println("carriers " + ManagementFactory.getPlatformMBeanServer().getAttribute(
                        new ObjectName("jdk.management:type=VirtualThreadScheduler"), "Parallelism"));
            } catch (InstanceNotFoundException e) {
                System.out.println("carriers unknown");
            }
        }
    }
}
