package org.newslens.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newslens.model.Analysis;
import org.newslens.model.Entity;
import org.newslens.model.TimeExpression;

/**
 * The entity and time sections of the terminal report. Entities are listed by type, most mentioned first, each with
 * its aliases, because "who does this article talk about" is the first question a reader asks of it; time
 * expressions in reading order with their TIMEX3 value, so a reader can check what "last year" was taken to mean.
 */
final class LanguageReport {
    private LanguageReport() {
    }

    static void printEntities(PrintWriter out, Analysis analysis) {
        List<Entity> entities = analysis.entities();
        out.println("━".repeat(Report.WIDTH));
        out.printf(Locale.ROOT, "ENTITIES: %d%n", entities.size());
        Map<Entity.Type, List<Entity>> byType = new EnumMap<>(Entity.Type.class);
        for (Entity e : entities) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
        }
        byType.forEach((type, list) -> {
            // Most mentioned first; ties keep the order of first mention (the list's order).
            list.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size()));
            List<String> shown = new ArrayList<>();
            for (Entity e : list) {
                shown.add(e.name() + (e.aliases().isEmpty() ? "" : " (" + String.join(", ", e.aliases()) + ")")
                        + (e.mentions().size() > 1 ? " ×" + e.mentions().size() : ""));
            }
            Report.wrap(out, String.format(Locale.ROOT, "  %-14s", label(type)) + String.join("; ", shown),
                    " ".repeat(16));
        });
        out.println();
    }

    static void printTimes(PrintWriter out, Analysis analysis) {
        List<TimeExpression> times = analysis.times();
        out.println("━".repeat(Report.WIDTH));
        out.printf(Locale.ROOT, "TIME EXPRESSIONS: %d%n", times.size());
        for (TimeExpression t : times) {
            String value = t.value() == null ? "(relative: no publication date)" : t.value();
            out.printf(Locale.ROOT, "  %-32s %-9s %s%s%n", "\"" + t.text().replace('\n', ' ') + "\"", t.type().label(),
                    value, t.mod() == null ? "" : " " + t.mod());
        }
        out.println();
    }

    private static String label(Entity.Type type) {
        return switch (type) {
            case PERSON -> "people";
            case ORGANIZATION -> "organisations";
            case LOCATION -> "places";
            case MISC -> "other";
        };
    }
}
