package org.newslens.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.model.Claim;
import org.newslens.model.Entity;
import org.newslens.model.SourceKind;
import org.newslens.model.Summary;

/** Summarises how an article's claims are sourced: counts and shares per kind, named sources ranked. */
public final class Sourcing {
    private Sourcing() {
    }

    public static Summary.Sourcing summarise(String text, List<Claim> claims, List<Entity> entities) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SourceKind kind : SourceKind.values()) {
            counts.put(kind.label(), 0);
        }
        Map<String, Integer> bySource = new LinkedHashMap<>();
        Map<String, String> entityOf = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Entity e : entities) {
            names.put(e.id(), e.name());
        }
        for (Claim c : claims) {
            SourceKind kind = c.attribution().kind();
            counts.merge(kind.label(), 1, Integer::sum);
            if (kind == SourceKind.NAMED && c.attribution().source() != null) {
                var source = c.attribution().source();
                String name = source.entity() != null && names.containsKey(source.entity())
                        ? names.get(source.entity()) : source.textOf(text);
                String key = source.entity() != null ? source.entity() : "text:" + name;
                bySource.merge(key, 1, Integer::sum);
                entityOf.put(key, source.entity());
                names.putIfAbsent(key, name);
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            shares.put(e.getKey(), claims.isEmpty() ? 0.0 : e.getValue() / (double) claims.size());
        }
        List<Summary.NamedSource> ranked = new ArrayList<>();
        bySource.forEach((key, n) -> ranked.add(new Summary.NamedSource(entityOf.get(key), names.get(key), n)));
        // Most claims first; ties keep the order of first appearance (the sort is stable).
        ranked.sort((a, b) -> Integer.compare(b.claims(), a.claims()));
        return new Summary.Sourcing(counts, shares, ranked);
    }
}
