package org.mtp.bootstrap.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the jar's arguments into an {@link Invocation}, refusing anything unknown, missing or repeated. */
public final class CommandLine {

    public static final String USAGE = String.join(
            "\n",
            "Usage: java -jar mtp.jar [command]",
            "",
            "Commands:",
            "  serve                                  run the HTTP service (the default)",
            "  check                                  start as serve does, report whether the service is ready, stop",
            "                                         (exit 0 when ready: for deployment checks)",
            "  migrate                                apply pending database migrations and exit",
            "  user create --username NAME --email EMAIL --password PASSWORD",
            "                                         create a user account",
            "  client create --name NAME --redirect-uri URI [--redirect-uri URI ...] [--client-id ID] [--confidential]",
            "                                         register an OAuth client; prints its client_id (and, for a",
            "                                         confidential client, its secret, shown only this once)",
            "  help                                   show this text",
            "",
            "Configuration comes from environment variables, then ./.env, then defaults: see docs/configuration.md.");

    private CommandLine() {}

    public static Invocation parse(String... args) {
        if (args.length == 0 || args[0].equals("serve") && args.length == 1) {
            return new Invocation.Serve();
        }
        switch (args[0]) {
            case "help", "--help", "-h":
                return new Invocation.Help();
            case "check":
                requireNoMore(args, 1);
                return new Invocation.Check();
            case "migrate":
                requireNoMore(args, 1);
                return new Invocation.Migrate();
            case "user":
                requireSub(args, "user");
                Map<String, List<String>> u = options(args, Set.of("--username", "--email", "--password"), Set.of());
                return new Invocation.CreateUser(one(u, "--username"), one(u, "--email"), one(u, "--password"));
            case "client":
                requireSub(args, "client");
                Map<String, List<String>> c =
                        options(args, Set.of("--name", "--redirect-uri", "--client-id"), Set.of("--confidential"));
                List<String> uris = c.getOrDefault("--redirect-uri", List.of());
                if (uris.isEmpty()) {
                    throw new UsageException("client create needs at least one --redirect-uri");
                }
                return new Invocation.CreateClient(
                        one(c, "--name"), uris, optional(c, "--client-id"), c.containsKey("--confidential"));
            case "serve":
                throw new UsageException("serve takes no arguments");
            default:
                throw new UsageException("unknown command '" + args[0] + "'");
        }
    }

    /** Like {@link #parse}, but a usage error is simply "not serve" (for deciding whether the JVM should exit). */
    public static Invocation parseQuietly(String... args) {
        try {
            return parse(args);
        } catch (UsageException e) {
            return new Invocation.Help();
        }
    }

    private static void requireSub(String[] args, String command) {
        if (args.length < 2 || !args[1].equals("create")) {
            throw new UsageException(command + " needs the subcommand 'create'");
        }
    }

    private static void requireNoMore(String[] args, int expected) {
        if (args.length > expected) {
            throw new UsageException("unexpected argument '" + args[expected] + "'");
        }
    }

    private static Map<String, List<String>> options(String[] args, Set<String> valued, Set<String> flags) {
        Map<String, List<String>> found = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name) && value == null) {
                found.put(name, List.of());
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args[++i];
                }
                found.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option '" + name + "'");
            }
        }
        return found;
    }

    private static String one(Map<String, List<String>> options, String name) {
        List<String> values = options.get(name);
        if (values == null || values.isEmpty()) {
            throw new UsageException(name + " is required");
        }
        if (values.size() > 1) {
            throw new UsageException(name + " was given more than once");
        }
        return values.get(0);
    }

    private static String optional(Map<String, List<String>> options, String name) {
        return options.containsKey(name) ? one(options, name) : null;
    }
}
