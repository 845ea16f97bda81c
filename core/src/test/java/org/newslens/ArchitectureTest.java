package org.newslens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's shape: a stage package imports {@code model}, {@code internal} and stages to its left, never
 * to its right (DESIGN.md); CoreNLP stays inside {@code nlp}.
 */
class ArchitectureTest {
    /** Stage packages in pipeline order. */
    static final List<String> ORDER = List.of("model", "ingest", "extract", "nlp", "attribution", "rhetoric", "reuse",
            "corpus", "pipeline", "eval");

    private static final Pattern IMPORT = Pattern.compile("^import (static )?org\\.newslens\\.(\\w+)", Pattern.MULTILINE);

    @Test
    void stagesImportOnlyModelInternalAndStagesToTheirLeft() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            if (pkg == null || !ORDER.contains(pkg)) {
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String target = m.group(2);
                boolean allowed = target.equals("model") || target.equals("internal") || target.equals(pkg)
                        || ORDER.contains(target) && ORDER.indexOf(target) < ORDER.indexOf(pkg);
                if (!allowed || pkg.equals("model") && !target.equals("model")) {
                    violations.add(file.getFileName() + " (" + pkg + ") imports " + target);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheNlpPackageImportsCoreNlp() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            if (!"nlp".equals(packageOf(file)) && Files.readString(file).contains("import edu.stanford.")) {
                violations.add(file.toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    private static List<Path> sources() throws IOException {
        Path root = Path.of("src/main/java/org/newslens");
        assertTrue(Files.isDirectory(root), "run from the core module directory");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        Path rel = Path.of("src/main/java/org/newslens").relativize(file);
        return rel.getNameCount() < 2 ? null : rel.getName(0).toString();
    }
}
