#!/usr/bin/env python3
"""Checks `newslens analyze --json` of the shared flattened-text sample against issue 3 section 6.

Reads the analysis document on stdin. Only the phrases the issue itself quotes are written here; the sample's
text stays in ../shared. A finding "covers" a phrase when its span overlaps the phrase's span in article.text.
"""
import json
import sys

doc = json.load(sys.stdin)
text = doc["article"]["text"]
entities = {e["id"]: e for e in doc["entities"]}


def span_of(phrase):
    at = text.find(phrase)
    if at < 0:
        raise SystemExit(f"  sample text lacks {phrase!r}: extraction changed")
    return at, at + len(phrase)


def overlapping(items, phrase):
    start, end = span_of(phrase)
    return [x for x in items if x["start"] < end and start < x["end"]]


def attributions(phrase):
    """Attributions of claims and quotes covering the phrase: (kind, source text, source entity name)."""
    found = []
    for c in overlapping(doc["claims"], phrase):
        found.append(c["attribution"])
    for q in overlapping(doc["quotes"], phrase):
        found.append({"kind": q.get("source"), "source": q.get("speaker"), "cue": q.get("cue")})
    out = []
    for a in found:
        src = a.get("source")
        src_text = text[src["start"]:src["end"]] if src else None
        entity = entities.get(src.get("entity")) if src and src.get("entity") else None
        out.append((a.get("kind"), src_text, entity))
    return out


def has_attribution(phrase, kind, source_test):
    return any(k == kind and source_test(src, ent) for k, src, ent in attributions(phrase))


def names_entity(ent, name, alias=None):
    return ent is not None and ent["name"] == name and (alias is None or alias in ent["aliases"])


dutch_quote = [q for q in overlapping(doc["quotes"], "impose a negative impact on public opinion")
               if q.get("speaker") and "intelligence service" in text[q["speaker"]["start"]:q["speaker"]["end"]]]
entity_names = {n for e in doc["entities"] for n in [e["name"], *e["aliases"]]}
times = {t["text"]: t for t in doc["times"]}

checks = [
    ("AFP claim named to Agence France-Presse (alias AFP)",
     has_attribution("it was reported by Agence France-Presse (AFP)", "named",
                     lambda s, e: names_entity(e, "Agence France-Presse", "AFP"))),
    ("Dutch intelligence service claim named",
     has_attribution("The Dutch intelligence service stated in 2012", "named",
                     lambda s, e: s is not None and "intelligence service" in s)),
    ("quote 'impose a negative impact on public opinion' spoken by the service", bool(dutch_quote)),
    ("'Experts say' vague", has_attribution("Experts say that Iranian intelligence", "vague", lambda s, e: True)),
    ("'It has been posited' vague, no source",
     has_attribution("It has been posited that the Iranian embassy", "vague", lambda s, e: s is None)),
    ("'by US intelligence agents' vague",
     has_attribution("recognised as an Iranian spy by US intelligence agents", "vague", lambda s, e: True)),
]
for name in ["MEK", "Hassan Rouhani", "Emmanuel Macron", "Albania", "Camp Ashraf", "Camp Liberty", "Iraq",
             "Anne Singleton"]:
    checks.append((f"entity {name}", name in entity_names))
for t in ["2012", "September 2016", "1988"]:
    checks.append((f"time {t}", t in times))
for t in ["the end of last year", "the beginning of this year"]:
    checks.append((f"time {t} (relative, unresolved)",
                   t in times and times[t]["relative"] and times[t].get("value") is None))

for name, ok in checks:
    print(f"  sample {name}: {'ok' if ok else 'FAILED'}")
sys.exit(0 if all(ok for _, ok in checks) else 1)
