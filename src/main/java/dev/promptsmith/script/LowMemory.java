package dev.promptsmith.script;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;

/**
 * Tells when the Java heap is still nearly full after a garbage collection. GraalJS's community
 * edition has no memory limit per context, so this is how a script that allocates without end is
 * stopped before the whole process runs out of memory.
 */
final class LowMemory {

    /** Share of the old generation still in use after a collection at which scripts are stopped. */
    static final double THRESHOLD = 0.85;

    private LowMemory() {
    }

    /** Calls {@code action} (on the JVM's notification thread) each time the heap crosses the threshold. */
    static void whenLow(Runnable action) {
        boolean watched = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * THRESHOLD));
                watched = true;
            }
        }
        if (watched && ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter emitter) {
            emitter.addNotificationListener((notification, handback) -> {
                if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                    action.run();
                }
            }, null, null);
        }
    }
}
