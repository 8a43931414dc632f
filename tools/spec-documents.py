#!/usr/bin/env python3
"""Writes every passage of the extraction spec files (tests/BeltRoad.Stats.Extraction.Tests/Spec/*.json) as a document
of its own into a folder, with a sidecar (NAME.meta.json) giving the date where the case states one: a corpus of the
shapes the spec names, for comparing two builds' fact tables (tools/same-facts).

usage: spec-documents.py REPO OUT_FOLDER"""
import json
import pathlib
import sys

repo, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
count = 0
for spec in sorted((repo / "tests/BeltRoad.Stats.Extraction.Tests/Spec").glob("*.json")):
    for i, case in enumerate(json.loads(spec.read_text(encoding="utf-8"))["cases"]):
        name = f"{spec.stem}_{i:03d}.txt"
        (out / name).write_text(case["text"], encoding="utf-8")
        if "date" in case and case["date"]:
            (out / (name + ".meta.json")).write_text(json.dumps({"date": case["date"]}), encoding="utf-8")
        count += 1
print(f"{count} passages written to {out}")
