#!/usr/bin/env python3
"""Checks newslens's extraction of the shared flattened-text sample against what issue 2 asks of it.

Reads the `newslens extract --json` document on stdin. The sample's text stays in ../shared; only the
expectations the issue states are written here.
"""
import json
import sys

doc = json.load(sys.stdin)
article = doc.get("article") or {}
text = article.get("text", "")
checks = [
    ("title", article.get("title") == "Iran: Role of the MEK intimidates the Iranian regime"),
    ("section", article.get("section") == ["News", "Iranian Opposition"]),
    ("body start", text.startswith("The MEK, however,")),
    ("body end", text.endswith("passing it to Iran\u2019s intelligence agency.")),
    ("no Home", "Home" not in text),
    ("no repeated title", "Iran: Role of the MEK intimidates the Iranian regime" not in text),
    ("no Exit mobile version", "Exit mobile version" not in text),
]
failed = [name for name, ok in checks if not ok]
for name, ok in checks:
    print(f"  sample {name}: {'ok' if ok else 'FAILED'}")
sys.exit(1 if failed else 0)
