package org.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * Articles linked by shared text (the connected pairs), with the likely source among them.
 *
 * @param source id of the likely source: the member published first; null when no member has a publication date
 * @param members ids of every member, the source first, then by publication date (undated last) and id
 * @param pairs the pairs that link the members
 * @param reason why this member is named the source, in plain words
 */
public record ReuseCluster(String source, List<String> members, List<ReusePair> pairs, String reason) {
    public ReuseCluster {
        members = List.copyOf(members);
        pairs = List.copyOf(pairs);
        Objects.requireNonNull(reason, "reason");
        if (members.size() < 2) {
            throw new IllegalArgumentException("a cluster has at least two members, got " + members);
        }
    }
}
