package org.newslens.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newslens.app.server.NewslensServer;
import org.newslens.app.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens serve}: the HTTP API and the web reader, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the HTTP API and the web reader: analyse pasted or uploaded pages, read indexed articles"
                + " with their findings highlighted, search the corpus, see timelines and reuse.",
            "Listens on 127.0.0.1 unless --host says otherwise. The index is opened read-only; it may be missing"
                + " (then only analysis works) and 'newslens index' may add to it while the server runs."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped", "1:could not listen (the port is taken, say)", "2:usage"})
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerOptions.DEFAULT_MAX_BODY_BYTES,
            description = "Request bodies larger than this are refused with 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "Per-page analysis time limit in seconds (default: ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(timeLimitSeconds > 0) || maxBody <= 0 || port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--time-limit and --max-body must be positive, --port in 0..65535");
        }
        ServerOptions options = ServerOptions.defaults(index.directory).withHost(host).withPort(port)
                .withMaxBodyBytes(maxBody).withTimeLimit(Duration.ofMillis((long) (timeLimitSeconds * 1000)));
        NewslensServer server;
        try {
            server = NewslensServer.start(options);
        } catch (IllegalStateException e) {
            err.println("newslens serve: " + e.getMessage());
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newslens-serve-shutdown"));
        out.println("newslens: serving " + server.uri() + " (index: " + index.directory + "; Ctrl-C stops)");
        if (!options.loopback()) {
            out.println("newslens: listening on " + host + ": anyone who can reach this address can use the server");
        }
        out.flush();
        stopped.await();
        return 0;
    }
}
