#!/usr/bin/env python3
"""Independent count of what a published DIP OpenAPI specification defines for payloads.

Reads the JSON documents of one DIP version (the folder holding DataTypes-unresolved.json,
DataCatalogue-unresolved.json, RealCommonBlocks-unresolved.json, ECS-CommonBlocks-unresolved.json,
ECS-Reports-unresolved.json, Interfaces-EventCodes-unresolved.json) with Python's own JSON parser
and none of mhhs's code, and prints:

- the data type ids (DT-nnn[N]) and those the publication uses for two different definitions,
- the data item ids (DI-nnn[N]), the block keys, the interfaces with a payload schema,
- for each interface its payload variants: the events each covers and its blocks
  (block, wire name, section, required, list bounds),
- the few facts issue #13 names (DI-566 nullable, DT-995/DT-995N pattern).

    scripts/check-dip-payloads.py SPEC_DIR                  summary as text
    scripts/check-dip-payloads.py SPEC_DIR --json           the whole reading as JSON
    scripts/check-dip-payloads.py SPEC_DIR --compare DUMP   exit 1 unless DUMP agrees
    scripts/check-dip-payloads.py SPEC_DIR --invalid-examples
                                    each data type's and data item's example that breaks its own
                                    definition (JSON type, integer, enum, lengths in code points,
                                    pattern by Python's `re`, minimum, maximum, multipleOf, null
                                    where not nullable), then the count; mhhs's payload/invalid-example
                                    on the catalogue imported from SPEC_DIR must give the same count
    scripts/check-dip-payloads.py SPEC_DIR --reaches ID     the interfaces whose payload reaches
                                                            data type, data item or block ID

DUMP is JSON in the shape {"dataTypes": [entity...], "dataItems": [...], "blocks": [...],
"payloads": {"IF-021": [variant...]}} where an entity is the catalogue file's object (at least
"id"; data types and items with their published fields) and a variant is the catalogue's
{"events"?, "blocks": [{"block", "name"?, "section", "required", "list"?}]}. It compares ids,
every published constraint of data types and items, each block's fields, and each payload.
"""

import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

CONSTRAINTS = ["type", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "multipleOf", "enum", "nullable", "example"]
DT = re.compile(r"^(DT-\d{3}N?)(-|$)")
DI = re.compile(r"^(DI-\d{3}N?)(-|$)")


def load(folder):
    docs = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            with open(os.path.join(folder, name), encoding="utf-8-sig") as f:
                # Numbers kept as their published text, as the catalogue keeps them.
                docs[name] = json.load(f, parse_float=NumberText, parse_int=NumberText)
    return docs


class NumberText(str):
    """A JSON number as published."""


def canon(value):
    """`value` as text in which a number and a string of the same digits differ."""
    if isinstance(value, NumberText):
        return "number:" + value
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k) + ":" + canon(v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(canon(v) for v in value) + "]"
    return json.dumps(value)


def schemas(docs, part):
    for name, doc in docs.items():
        if part in name:
            yield name, doc.get("components", {}).get("schemas", {})


def target(ref, here):
    """(document name, schema key) of a $ref to components/schemas, by the file's stem."""
    path, _, fragment = ref.partition("#")
    doc = here
    if path:
        stem = path.rsplit("/", 1)[-1]
        for ext in (".json", ".yaml", ".yml"):
            if stem.endswith(ext):
                stem = stem[: -len(ext)]
        doc = stem + ".json"
    prefix = "/components/schemas/"
    if not fragment.startswith(prefix):
        return doc, None
    return doc, fragment[len(prefix):].replace("~1", "/").replace("~0", "~")


def read(folder):
    docs = load(folder)
    out = {"dataTypes": {}, "dataItems": {}, "blocks": {}, "payloads": {}, "duplicates": [], "unresolved": []}
    definitions = {}  # (doc, key) -> (kind, id)

    def register(kind, pattern, part):
        found = {}
        for doc, table in schemas(docs, part):
            for key, value in table.items():
                m = pattern.match(key) if pattern else None
                ident = m.group(1) if m else (key if pattern is None else None)
                if ident is None:
                    continue
                definitions[(doc, key)] = (kind, ident)
                found.setdefault(ident, []).append((key, value))
        for ident, defs in found.items():
            if any(canon(v) != canon(defs[0][1]) for _, v in defs[1:]):
                out["duplicates"].append({"kind": kind, "id": ident, "keys": [k for k, _ in defs]})
            else:
                out[kind][ident] = defs[0]

    register("dataTypes", DT, "DataTypes")
    register("dataItems", DI, "DataCatalogue")
    register("blocks", None, "CommonBlocks")
    register("blocks", None, "ECS-Reports")

    def ref_of(value):
        if "$ref" in value:
            return value["$ref"]
        if value.get("type") == "array" and "$ref" in value.get("items", {}):
            return value["items"]["$ref"]
        return None

    def resolve_entity(ref, here):
        doc, key = target(ref, here)
        seen = set()
        while (doc, key) not in definitions:
            if (doc, key) in seen or doc not in docs or key is None:
                out["unresolved"].append(ref)
                return None
            seen.add((doc, key))
            value = docs[doc].get("components", {}).get("schemas", {}).get(key)
            if value is None or "$ref" not in value:
                out["unresolved"].append(ref)
                return None
            doc, key = target(value["$ref"], doc)
        return definitions[(doc, key)]

    # Data items: their data type or their constraints.
    items = {}
    for ident, (key, value) in sorted(out["dataItems"].items()):
        entry = {"id": ident}
        if "$ref" in value:
            found = resolve_entity(value["$ref"], "DataCatalogue-unresolved.json")
            entry["ref"] = found
        for c in CONSTRAINTS:
            if c in value:
                entry[c] = value[c]
        items[ident] = entry
    out["dataItems"] = items
    out["dataTypes"] = {
        ident: dict({"id": ident}, **{c: value[c] for c in CONSTRAINTS if c in value})
        for ident, (key, value) in sorted(out["dataTypes"].items())
    }

    # Blocks: each property's wire name, target, required, list bounds.
    blocks = {}
    block_doc = {k: d for d, t in list(schemas(docs, "CommonBlocks")) + list(schemas(docs, "ECS-Reports")) for k in t}
    for ident, (key, value) in sorted(out["blocks"].items()):
        fields = []
        required = set(value.get("required", []))
        for name, prop in value.get("properties", {}).items():
            ref = ref_of(prop)
            field = {"name": name, "required": name in required}
            if ref:
                found = resolve_entity(ref, block_doc[key])
                field["target"] = found
            else:
                field["inline"] = {c: prop[c] for c in CONSTRAINTS if c in prop}
            if prop.get("type") == "array":
                field["list"] = {b: prop[a] for a, b in (("minItems", "min"), ("maxItems", "max")) if a in prop}
            fields.append(field)
        blocks[ident] = fields
    out["blocks"] = blocks

    # Payloads: one variant per oneOf member; blocks of CommonBlock / CustomBlock but S0.
    for doc, table in schemas(docs, "Interfaces-EventCodes"):
        for key, value in table.items():
            if not key.endswith("-Payload"):
                continue
            variants = [table[target(m["$ref"], doc)[1]] for m in value["oneOf"]] if "oneOf" in value else [value]
            result = []
            interface = key[: -len("-Payload")]
            for variant in variants:
                events, entries = [], []
                for section_name, section in variant.get("properties", {}).items():
                    section_required = section_name in variant.get("required", [])
                    required = set(section.get("required", []))
                    for name, prop in section.get("properties", {}).items():
                        if name == "S0":
                            props = prop.get("properties", {})
                            events = [e.strip("[]") for e in props.get("eventCode", {}).get("enum", [])]
                            interface = (props.get("interfaceID", {}).get("enum") or [interface])[0]
                            continue
                        found = resolve_entity(ref_of(prop), doc)
                        entry = {
                            "block": found[1] if found else None,
                            "name": name,
                            "section": {"CommonBlock": "common", "CustomBlock": "custom"}[section_name],
                            "required": section_required and name in required,
                        }
                        if prop.get("type") == "array":
                            entry["list"] = {
                                b: prop[a] for a, b in (("minItems", "min"), ("maxItems", "max")) if a in prop
                            }
                        entries.append(entry)
                result.append({"events": events, "blocks": entries})
            out["payloads"][interface] = result
    out["payloads"] = dict(sorted(out["payloads"].items()))
    return out


def summary(r):
    lines = [
        f"data types: {len(r['dataTypes'])} (ids used for two different definitions: "
        + (", ".join(f"{d['id']} = {' / '.join(d['keys'])}" for d in r["duplicates"]) or "none")
        + ")",
        f"data items: {len(r['dataItems'])}",
        f"blocks: {len(r['blocks'])}",
        f"interfaces with a payload: {len(r['payloads'])}; variants: {sum(len(v) for v in r['payloads'].values())}",
        f"unresolved $refs: {len(r['unresolved'])}",
    ]
    di566 = r["dataItems"].get("DI-566", {})
    lines.append(f"DI-566 nullable: {di566.get('nullable')}")
    for ident in ("DT-995", "DT-995N"):
        lines.append(f"{ident} pattern: {r['dataTypes'].get(ident, {}).get('pattern')}")
    for variant in r["payloads"].get("IF-021", []):
        lines.append(
            "IF-021 variant: events "
            + ", ".join(variant["events"])
            + "; blocks "
            + ", ".join(f"{b['block']}({b['section']}{', required' if b['required'] else ''})" for b in variant["blocks"])
        )
    return "\n".join(lines)


def compare(r, dump):
    problems = []

    def ids(kind):
        return {e["id"]: e for e in dump.get(kind, [])}

    for kind in ("dataTypes", "dataItems", "blocks"):
        theirs = ids(kind)
        if set(theirs) != set(r[kind]):
            problems.append(
                f"{kind}: missing {sorted(set(r[kind]) - set(theirs))}, extra {sorted(set(theirs) - set(r[kind]))}"
            )
    for kind in ("dataTypes", "dataItems"):
        theirs = ids(kind)
        for ident, mine in r[kind].items():
            other = theirs.get(ident)
            if other is None:
                continue
            for c in CONSTRAINTS:
                if c in mine and canon(other.get(c)) != canon(mine[c]):
                    problems.append(f"{ident}.{c}: published {json.dumps(mine[c])}, dump {json.dumps(other.get(c))}")
            if kind == "dataItems" and mine.get("ref") and mine["ref"][0] == "dataTypes":
                dt = mine["ref"][1]
                if dt in r["dataTypes"] and other.get("dataType") != dt:
                    problems.append(f"{ident}.dataType: published {dt}, dump {other.get('dataType')}")
    theirs = ids("blocks")
    for ident, fields in r["blocks"].items():
        other = theirs.get(ident, {}).get("fields")
        if other is None:
            continue
        names = [f["name"] for f in fields]
        if [f.get("name") for f in other] != names:
            problems.append(f"block {ident}: fields {names}, dump {[f.get('name') for f in other]}")
            continue
        for mine, dumped in zip(fields, other):
            if mine["required"] != dumped.get("required"):
                problems.append(f"block {ident}.{mine['name']}: required {mine['required']}, dump {dumped.get('required')}")
            if "list" in mine and canon(mine["list"]) != canon(dumped.get("list")):
                problems.append(f"block {ident}.{mine['name']}: list {mine['list']}, dump {dumped.get('list')}")
            found = mine.get("target")
            if found:
                key = {"dataTypes": "dataType", "dataItems": "item", "blocks": "block"}[found[0]]
                if dumped.get(key) != found[1] and found[1] in r[found[0]]:
                    problems.append(f"block {ident}.{mine['name']}: {key} {found[1]}, dump {dumped}")
    payloads = dump.get("payloads", {})
    if set(payloads) != set(r["payloads"]):
        problems.append(f"payloads: published {sorted(r['payloads'])}, dump {sorted(payloads)}")
    for interface, variants in r["payloads"].items():
        other = payloads.get(interface)
        if other is None:
            continue
        if len(other) != len(variants):
            problems.append(f"{interface}: {len(variants)} variants, dump {len(other)}")
            continue
        for i, (mine, dumped) in enumerate(zip(variants, other)):
            if mine["events"] != dumped.get("events", []):
                problems.append(f"{interface} variant {i + 1}: events {mine['events']}, dump {dumped.get('events')}")
            simple = [
                (b["block"], b["section"], b["required"], canon(b.get("list"))) for b in mine["blocks"]
            ]
            theirs_ = [
                (b.get("block"), b.get("section"), b.get("required"), canon(b.get("list"))) for b in dumped.get("blocks", [])
            ]
            if simple != theirs_:
                problems.append(f"{interface} variant {i + 1}: blocks {simple}, dump {theirs_}")
    return problems


def example_problems(definition):
    """What the definition's `example` breaks, as keyword names (JSON Schema, OpenAPI 3.0 nullable)."""
    ex = definition["example"]
    if ex is None:
        return [] if definition.get("nullable") is True else ["nullable"]
    kind = (
        "number" if isinstance(ex, NumberText) else "string" if isinstance(ex, str)
        else "boolean" if isinstance(ex, bool) else "other"
    )
    expected = definition.get("type")
    problems = []
    text = ex if kind == "string" else None
    number = Decimal(ex) if kind == "number" else None
    if expected == "string" and kind == "number":
        problems.append("type")
        text, number = str(ex), None
    elif expected in ("integer", "number") and kind != "number":
        problems.append("type")
    elif expected == "integer" and number is not None and number != number.to_integral_value():
        problems.append("type")
    elif expected == "boolean" and kind != "boolean":
        problems.append("type")
    if "enum" in definition:
        candidate = text if text is not None else ex
        if enum_key(candidate) not in {enum_key(v) for v in definition["enum"]}:
            problems.append("enum")
    if text is not None:
        if "minLength" in definition and len(text) < int(definition["minLength"]):
            problems.append("minLength")
        if "maxLength" in definition and len(text) > int(definition["maxLength"]):
            problems.append("maxLength")
        if "pattern" in definition:
            try:
                if not re.search(definition["pattern"], text):
                    problems.append("pattern")
            except re.error:
                pass
    if number is not None:
        if "minimum" in definition and number < Decimal(definition["minimum"]):
            problems.append("minimum")
        if "maximum" in definition and number > Decimal(definition["maximum"]):
            problems.append("maximum")
        if "multipleOf" in definition:
            try:
                if number % Decimal(definition["multipleOf"]) != 0:
                    problems.append("multipleOf")
            except InvalidOperation:
                pass
    return problems


def enum_key(value):
    """A value as `enum` compares it: numbers by value, everything else by JSON type and value."""
    if isinstance(value, NumberText):
        return ("number", Decimal(value))
    return (type(value).__name__, json.dumps(value))


def invalid_examples(folder):
    """(schema key, problems, example) for every published data type and data item definition."""
    docs = load(folder)
    found, total = [], 0
    for part, pattern in (("DataTypes", DT), ("DataCatalogue", DI)):
        for _, table in schemas(docs, part):
            for key, value in table.items():
                if not pattern.match(key) or "example" not in value:
                    continue
                total += 1
                problems = example_problems(value)
                if problems:
                    found.append((key, problems, value["example"]))
    return found, total

def reaching(r, ident):
    """The interfaces whose payload reaches `ident` (a block key, DI-nnn or DT-nnn), through
    blocks, their data items and the items' data types; a set walk, so cycles end."""
    found = []
    for interface, variants in r["payloads"].items():
        todo = [b["block"] for v in variants for b in v["blocks"] if b["block"]]
        seen = set()
        while todo:
            block = todo.pop()
            if block in seen:
                continue
            seen.add(block)
            for field in r["blocks"].get(block, []):
                target = field.get("target")
                if not target:
                    continue
                kind, tid = target
                if kind == "blocks":
                    todo.append(tid)
                    continue
                seen.add(tid)
                if kind == "dataItems":
                    ref = r["dataItems"].get(tid, {}).get("ref")
                    if ref:
                        seen.add(ref[1])
        if ident in seen:
            found.append(interface)
    return sorted(found)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    if "--invalid-examples" in argv:
        found, total = invalid_examples(argv[1])
        for key, problems, example in found:
            shown = example if isinstance(example, NumberText) else json.dumps(example)
            print(f"{key}: {', '.join(problems)} (example {shown})")
        print(f"invalid examples: {len(found)} of {total}")
        return 0
    r = read(argv[1])
    if "--reaches" in argv:
        print(json.dumps(reaching(r, argv[argv.index("--reaches") + 1])))
    elif "--json" in argv:
        print(json.dumps(r, indent=2))
    elif "--compare" in argv:
        with open(argv[argv.index("--compare") + 1], encoding="utf-8") as f:
            dump = json.load(f, parse_float=NumberText, parse_int=NumberText)
        problems = compare(r, dump)
        for p in problems:
            print(p)
        print(f"{len(problems)} difference(s)")
        return 1 if problems else 0
    else:
        print(summary(r))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
