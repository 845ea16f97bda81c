package org.newslens.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newslens} command. Subcommands do the work; this class only wires them. Exit codes: 0 ok, 1 some
 * inputs failed (each reported), 2 usage.
 */
@Command(name = "newslens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads online news critically: the article, who and what it names, and how it is sourced.",
        subcommands = {ExtractCommand.class, AnalyzeCommand.class, EvalCommand.class, TrainCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        addIfPresent(cl, "bench", "org.newslens.bench.BenchCommand");
        return cl;
    }

    /**
     * Benchmarks against peer tools live in the bench module so that no peer ships with the app; the launcher puts
     * that module on the class path, and then {@code newslens bench} appears.
     */
    private static void addIfPresent(CommandLine cl, String name, String className) {
        try {
            Class<?> type = Class.forName(className);
            cl.addSubcommand(name, type.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            // Not on the class path: running from the app module alone.
        }
    }

    /** Reports the version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newslens " + (v == null ? "development build" : v)};
        }
    }
}
