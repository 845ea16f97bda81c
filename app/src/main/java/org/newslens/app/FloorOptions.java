package org.newslens.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newslens.eval.Floors;
import picocli.CommandLine.Option;

/** {@code --floors FILE}: compare the scores with committed floors and fail below them. Shared by eval tasks. */
final class FloorOptions {
    @Option(names = "--floors", paramLabel = "FILE",
            description = "Floors file (e.g. .ci/floors.json): exit 1 when a score falls below its floor.")
    Path file;

    /** Prints the checks; returns the exit code (0 when there are no floors or all pass). */
    int check(String task, Map<String, Double> scores, String digest, PrintWriter out, PrintWriter err)
            throws IOException {
        if (file == null) {
            return 0;
        }
        Floors floors = Floors.read(file, task);
        String mismatch = floors.digestMismatch(digest);
        if (mismatch != null) {
            err.println("newslens eval: " + mismatch);
            return 1;
        }
        List<Floors.Check> checks = floors.check(scores);
        out.println();
        out.println("floors (" + file + "):");
        boolean ok = true;
        for (Floors.Check c : checks) {
            out.println("  " + c);
            ok &= c.passes();
        }
        return ok ? 0 : 1;
    }
}
