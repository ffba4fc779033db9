#!/usr/bin/env python3
"""Sender and receiver roles of the DES138 interfaces, as CSV for `mhhs import csv`.

Reads the unofficial third-party transcription of the MHHS Interface Catalogue (DES138 v5.8.8,
interface-explorer-v6.json) and the catalogue's roles.json, and writes `id,from,to` rows (role
ids separated by `;`) to stdout. Python standard library only.

A free-text sender or receiver is split into names at `,`, `/`, ` & `, ` and ` and ` or `
outside parentheses. Each name is resolved, as `mhhs import dtc` does, by an exact match on a
role's alias or id in roles.json; a name that is not an alias but ends in a parenthesised list
of two or more names (`Data Service (ADS, SDS, UMSDS)`) stands for the names in the list, each
resolved the same way. There is no other mapping: a name that resolves to nothing is reported on
stderr and that side (from or to) of the interface is left empty, so the import sets nothing
there and the linter keeps showing the gap. Rows are written only for interfaces that exist in
the catalogue (an import must not create interfaces from this source), and a side the catalogue
already holds with other roles is left empty and reported (never overwritten).

With --only FILE, the ids of the rows whose catalogue interface lacks `from` or `to` are written
to FILE (one a line) for `mhhs import csv ... --only @FILE`, so hand-written roles are not touched.

Re-run from the repository root (the CSV's file name becomes the `sources` line of every
interface it sets, so keep it):

  T=$(mktemp -d)
  python3 scripts/des138-roles.py ../shared/reference/des138-thirdparty/interface-explorer-v6.json \
    catalogue --only $T/ids > $T/des138-v5.8.8-thirdparty-unofficial-roles.csv
  swift run mhhs import csv $T/des138-v5.8.8-thirdparty-unofficial-roles.csv --kind interfaces \
    --only @$T/ids --into catalogue
"""

import argparse
import csv
import json
import os
import re
import sys

INTERFACE_ID = re.compile(r"^(IF-\d{3}|REP-\d{3}[A-Z]?)$")
GROUP = re.compile(r"^(?P<label>.*?)\s*\((?P<items>[^()]*)\)\s*$")


def split_top_level(text):
    """Splits at `,`, `/`, ` & `, ` and `, ` or ` outside parentheses."""
    parts, depth, current, i = [], 0, "", 0
    while i < len(text):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        if depth == 0:
            matched = None
            for sep in (",", "/", " & ", " and ", " or "):
                if text.startswith(sep, i):
                    matched = sep
                    break
            if matched:
                parts.append(current)
                current = ""
                i += len(matched)
                continue
        current += c
        i += 1
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def role_map(roles_json):
    """Alias or role id -> role id; an alias that names two roles is an error."""
    mapping = {}
    for role in roles_json.get("roles", []):
        rid = role["id"]
        for name in [rid] + list(role.get("aliases", [])):
            if name in mapping and mapping[name] != rid:
                sys.exit(f"des138-roles: '{name}' names both {mapping[name]} and {rid} in roles.json")
            mapping[name] = rid
    return mapping


def resolve(text, roles):
    """(role ids, unresolved names) for one free-text sender or receiver."""
    ids, unresolved = [], []
    for name in split_top_level(text):
        if name in roles:
            found = [roles[name]]
        else:
            group = GROUP.match(name)
            items = [s.strip() for s in group.group("items").split(",")] if group else []
            if len(items) >= 2 and all(item in roles for item in items):
                found = [roles[item] for item in items]
            else:
                unresolved.append(name)
                continue
        for rid in found:
            if rid not in ids:
                ids.append(rid)
    return ids, unresolved


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("des138", help="interface-explorer-v6.json")
    parser.add_argument("catalogue", help="the catalogue directory (roles.json, interfaces/)")
    parser.add_argument("--only", metavar="FILE", help="write the ids of interfaces lacking from or to here")
    args = parser.parse_args()

    with open(args.des138, encoding="utf-8") as f:
        des138 = json.load(f)
    with open(os.path.join(args.catalogue, "roles.json"), encoding="utf-8") as f:
        roles = role_map(json.load(f))

    catalogue = {}
    folder = os.path.join(args.catalogue, "interfaces")
    for entry in sorted(os.listdir(folder)):
        if entry.endswith(".json"):
            with open(os.path.join(folder, entry), encoding="utf-8") as f:
                interface = json.load(f)
            catalogue[interface.get("id")] = interface

    written = []
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "from", "to"])
    for item in des138["interfaces"]:
        iid = item["id"].split("/")[0].strip()
        if not INTERFACE_ID.match(iid):
            print(f"des138-roles: skipped '{item['id']}': not an interface id", file=sys.stderr)
            continue
        if iid not in catalogue:
            print(f"des138-roles: skipped {iid}: not in the catalogue", file=sys.stderr)
            continue
        cells = []
        for field, side in (("sender", "from"), ("receiver", "to")):
            ids, unresolved = resolve(item.get(field, ""), roles)
            if unresolved:
                names = ", ".join(f"'{n}'" for n in unresolved)
                print(f"des138-roles: {iid} {side} left empty: {names} in '{item.get(field, '')}' "
                      "resolves to no role (add an alias to roles.json if one role is meant)",
                      file=sys.stderr)
                ids = []
            existing = catalogue[iid].get(side)
            if existing is not None and ids and existing != ids:
                print(f"des138-roles: {iid} {side} left empty: the catalogue has {';'.join(existing)}, "
                      f"DES138 gives {';'.join(ids)}", file=sys.stderr)
                ids = []
            cells.append(";".join(ids))
        out.writerow([iid] + cells)
        written.append(iid)

    if args.only:
        lacking = [i for i in written if "from" not in catalogue[i] or "to" not in catalogue[i]]
        with open(args.only, "w", encoding="utf-8") as f:
            f.write("".join(i + "\n" for i in lacking))


if __name__ == "__main__":
    main()
