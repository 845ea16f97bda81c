package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code newslens batch} with SIGKILL at random moments and resumes it until it finishes, then compares the
 * output with an uninterrupted run's: not a line lost, none repeated, byte for byte. Each attempt is a JVM of its
 * own, as a real interruption would be; the random delays come from a fixed seed so that a failure can be rerun.
 */
class BatchResumeTest {
    /** Pages in the archive: enough that a run takes several checkpoints, few enough for a quick test. */
    static final int PAGES = 1500;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomAndResumedTheOutputEqualsAnUninterruptedRun() throws Exception {
        Path warc = TestWarcs.write(dir.resolve("crawl.warc.gz"), PAGES);
        Path reference = dir.resolve("reference.jsonl");
        MainTest.Run whole = MainTest.run("batch", warc.toString(), "--out", reference.toString(), "--extract-only",
                "--threads", "2", "--progress", "none");
        assertEquals(0, whole.exit(), whole.err());
        List<String> expected = Files.readAllLines(reference);
        assertEquals(PAGES, expected.size());

        for (String name : List.of("killed.jsonl.gz", "killed.jsonl")) {
            Path out = dir.resolve(name);
            Random random = new Random(name.length());
            int kills = 0;
            int attempts = 0;
            while (true) {
                attempts++;
                assertTrue(attempts < 60, "no end after " + attempts + " attempts");
                Path checkpoint = Path.of(out + ".checkpoint");
                FileTime before = Files.exists(checkpoint) ? Files.getLastModifiedTime(checkpoint) : null;
                Process p = start(warc, out, attempts > 1);
                // The kill falls at a random moment after this attempt's first checkpoint of its own: every attempt
                // makes progress, however fast or slow the machine, and most end mid-way between checkpoints.
                boolean finished = false;
                while (!finished) {
                    finished = p.waitFor(10, TimeUnit.MILLISECONDS);
                    if (Files.exists(checkpoint) && !Files.getLastModifiedTime(checkpoint).equals(before)) {
                        break;
                    }
                }
                if (finished || p.waitFor(random.nextInt(150), TimeUnit.MILLISECONDS)) {
                    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertEquals(0, p.exitValue(), err);
                    break;
                }
                p.destroyForcibly();
                p.waitFor();
                if (p.exitValue() == 0) {
                    break; // It finished just before the signal.
                }
                assertEquals(137, p.exitValue(), "killed by SIGKILL");
                kills++;
            }
            System.out.println(name + ": " + kills + " kills in " + attempts + " attempts");
            assertTrue(kills >= 2, "only " + kills + " kills: the run was too quick to test resuming");
            List<String> got = name.endsWith(".gz") ? BatchCommandTest.gunzipLines(out) : Files.readAllLines(out);
            assertEquals(expected.size(), got.size(), name + " after " + kills + " kills");
            assertEquals(expected, got, name);
        }
    }

    private Process start(Path warc, Path out, boolean resume) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "batch", warc.toString(), "--out", out.toString(), "--extract-only",
                "--threads", "2", "--progress", "none", "--checkpoint-seconds", "0.1"));
        if (resume) {
            command.add("--resume");
        }
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
