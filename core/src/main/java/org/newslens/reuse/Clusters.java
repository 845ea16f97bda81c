package org.newslens.reuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.model.ReuseCluster;
import org.newslens.model.ReusePair;

/** Groups pairs into connected clusters and names the earliest member the likely source. */
final class Clusters {
    private Clusters() {
    }

    static List<ReuseCluster> of(List<ReusePair> pairs, Map<String, LocalDate> published) {
        Map<String, String> parent = new HashMap<>();
        for (ReusePair p : pairs) {
            union(parent, p.a(), p.b());
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, List<ReusePair>> links = new HashMap<>();
        for (ReusePair p : pairs) {
            String root = find(parent, p.a());
            links.computeIfAbsent(root, k -> new ArrayList<>()).add(p);
            for (String id : List.of(p.a(), p.b())) {
                List<String> list = members.computeIfAbsent(root, k -> new ArrayList<>());
                if (!list.contains(id)) {
                    list.add(id);
                }
            }
        }
        Comparator<String> byDate = Comparator.comparing((String id) -> published.get(id),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder());
        List<ReuseCluster> clusters = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            List<String> ids = new ArrayList<>(e.getValue());
            ids.sort(byDate);
            String first = ids.get(0);
            LocalDate date = published.get(first);
            String source;
            String reason;
            if (date == null) {
                source = null;
                reason = "no member has a publication date, so the source cannot be told";
            } else {
                long tied = ids.stream().filter(id -> date.equals(published.get(id))).count();
                source = first;
                reason = tied > 1
                        ? tied + " members were published first, on " + date + "; the source is one of them"
                        : "published first, on " + date;
            }
            clusters.add(new ReuseCluster(source, ids, links.get(e.getKey()), reason));
        }
        clusters.sort(Comparator.comparingInt((ReuseCluster c) -> c.members().size()).reversed()
                .thenComparing(c -> c.members().get(0)));
        return clusters;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // Path compression keeps later look-ups short.
        String y = x;
        while (!y.equals(root)) {
            String next = parent.get(y);
            parent.put(y, root);
            y = next;
        }
        parent.putIfAbsent(root, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
