package dev.promptsmith.script;

import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The strictest sandbox GraalJS's community edition has, for every JavaScript context: no host access of any kind,
 * no I/O, threads, processes or native code, and console output going nowhere.
 */
final class Sandbox {

    static final String LANGUAGE = "js";

    private Sandbox() {
    }

    /** A context builder on the shared {@code engine}; callers may add limits before building. */
    static Context.Builder context(Engine engine) {
        return Context.newBuilder(LANGUAGE)
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowAllAccess(false)
                .allowIO(IOAccess.NONE)
                .allowHostClassLookup(name -> false)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream());
    }
}
