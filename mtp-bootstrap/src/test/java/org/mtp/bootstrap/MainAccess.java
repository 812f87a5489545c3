package org.mtp.bootstrap;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** Lets tests in other packages run the command line exactly as {@code main} does, without exiting the JVM. */
public final class MainAccess {

    private MainAccess() {}

    public static int run(String[] args, Map<String, String> env, Path dotEnv, PrintStream out, PrintStream err) {
        return Main.run(args, env, dotEnv, out, err);
    }
}
