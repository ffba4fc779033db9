"""Checks the committed JSON Schemas (schema/) with an independent validator (PyPI jsonschema).

1. Every file of the shipped catalogue is valid against its kind's schema exactly when `mhhs lint`
   finds no `catalogue/schema` problem in it.
2. Schema and loader agree on the invalid files under scripts/schema-invalid/CASE/PATH: for each,
   the schema rejects it, and `mhhs lint` of the shipped catalogue with that file added or
   replaced reports a `catalogue/schema` finding in it.

Usage: python3 scripts/check_schemas.py MHHS_BINARY
"""

import fnmatch
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = os.path.join(ROOT, "catalogue")
INVALID = os.path.join(ROOT, "scripts", "schema-invalid")

# The same globs as .vscode/settings.json and CatalogueSchema.files.
KINDS = {
    "catalogue.json": "catalogue",
    "roles.json": "roles",
    "releases.json": "releases",
    "interfaces/*.json": "interface",
    "dataflows/*.json": "dataflow",
    "nfrs/*.json": "nfr",
    "change-requests/*.json": "change-request",
    "datatypes/*.json": "datatype",
    "dataitems/*.json": "dataitem",
    "blocks/*.json": "block",
}


def validator(kind):
    with open(os.path.join(ROOT, "schema", kind + ".schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


VALIDATORS = {kind: validator(kind) for kind in KINDS.values()}


def kind_of(relative):
    for pattern, kind in KINDS.items():
        if fnmatch.fnmatch(relative, pattern) and relative.count("/") == pattern.count("/"):
            return kind
    return None


def errors(relative, path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    return list(VALIDATORS[kind_of(relative)].iter_errors(document))


def schema_findings(binary, catalogue):
    """The files (relative to `catalogue`) in which `mhhs lint` reports a catalogue/schema finding."""
    with tempfile.TemporaryDirectory() as scratch:
        report = os.path.join(scratch, "report.json")
        subprocess.run(
            [binary, "lint", catalogue, "--format", "json", "--fail-on", "never", "--output", report], check=True
        )
        with open(report, encoding="utf-8") as f:
            findings = json.load(f)["findings"]
    prefix = catalogue.rstrip("/") + "/"
    return {x["file"][len(prefix) :] for x in findings if x["rule"] == "catalogue/schema"}


def check_shipped(binary):
    """Each shipped file is valid against its schema exactly when the loader finds no schema problem in it."""
    count = 0
    rejected = set()
    for folder, _, names in os.walk(CATALOGUE):
        for name in sorted(names):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, CATALOGUE)
            if kind_of(relative) is None:
                continue
            count += 1
            if errors(relative, path):
                rejected.add(relative)
    loader = schema_findings(binary, CATALOGUE)
    if rejected != loader:
        sys.exit(
            "schema: on the shipped catalogue, the schemas reject %s but the loader %s"
            % (sorted(rejected - loader), sorted(loader - rejected))
        )
    print(
        "schema: %d shipped catalogue files; %d valid, %d rejected by both the schemas and the loader"
        % (count, count - len(rejected), len(rejected))
    )


def check_invalid(binary):
    cases = sorted(os.listdir(INVALID))
    failures = []
    for case in cases:
        base = os.path.join(INVALID, case)
        files = [
            os.path.relpath(os.path.join(folder, name), base)
            for folder, _, names in os.walk(base)
            for name in names
        ]
        if len(files) != 1:
            failures.append("%s: holds %d files, not one" % (case, len(files)))
            continue
        relative = files[0]
        if not errors(relative, os.path.join(base, relative)):
            failures.append("%s: the schema accepts %s" % (case, relative))
        with tempfile.TemporaryDirectory() as scratch:
            catalogue = os.path.join(scratch, "catalogue")
            shutil.copytree(CATALOGUE, catalogue)
            shutil.copyfile(os.path.join(base, relative), os.path.join(catalogue, relative))
            if relative not in schema_findings(binary, catalogue):
                failures.append("%s: mhhs lint reports no catalogue/schema finding in %s" % (case, relative))
    if failures:
        sys.exit("schema: schema and loader disagree:\n  " + "\n  ".join(failures))
    print("schema: schema and loader both reject each of %d invalid files" % len(cases))


check_shipped(sys.argv[1])
check_invalid(sys.argv[1])
