#!/usr/bin/env python3
"""Generate a synthetic MHHS catalogue (format version 1) of about N entities, for benchmarks.

Usage: scripts/generate-catalogue.py N OUTDIR [--seed S] [--defects RATE]

The catalogue is valid by design/catalogue-format.md, with a small share of defects so that the
rules have something to find: DIP interfaces without an error-response time, dangling
references (a misspelt role, an unknown release), schema errors (a misspelt field, a status
that is not allowed) and one-sided D-flow mappings. Ids stay within their patterns (IF-nnn,
REP-nnn[A-Z], Dnnnn, CRnnn, DT-nnn[N], DI-nnn[N]), which bounds a catalogue at about 40,000
entities. The same N and seed give byte-identical files. Python 3 standard library only.

Payloads (design/payloads.md) come in the proportions of the shipped catalogue imported from
DIP 2.1.0: for every 58 interfaces, 59 data types, 386 data items and 204 blocks; so the
payload kinds take most of a small catalogue, and at large N their id spaces cap them (about
3,400 entities) and the envelope kinds take the rest. Every DIP interface carries a payload
(missing at the defect rate): one variant, or one per event, of about seven blocks (the common
S1, A0, D0, M0 and custom ones); blocks nest at most four deep, without cycles. The payload
entities carry no schema or reference defects.
"""

import argparse
import json
import os
import random
import sys

# Data items: DI-nnn and DI-nnnN; data types and blocks are capped in the shipped proportion
# to the data items (59 : 386 : 204).
CAPACITY = {"IF": 1000, "REP": 27000, "D": 10000, "CR": 1000, "NFR": 1000,
            "DT": 2000 * 59 // 386, "DI": 2000, "B": 2000 * 204 // 386}
# The envelope kinds keep their shares among themselves (interfaces half of them); the payload
# kinds take 649 entities per 58 interfaces, as in the shipped catalogue: envelope share E with
# E/2 * 649/58 payload, E + 5.6E = 1.
ENVELOPE = 1 / (1 + 0.5 * 649 / 58)
SHARE = {"IF": 0.25 * ENVELOPE, "REP": 0.25 * ENVELOPE, "D": 0.33 * ENVELOPE, "CR": 0.1 * ENVELOPE,
         "NFR": 0.07 * ENVELOPE, "DT": (1 - ENVELOPE) * 59 / 649, "DI": (1 - ENVELOPE) * 386 / 649,
         "B": (1 - ENVELOPE) * 204 / 649}
# The four common blocks every generated catalogue with at least four blocks has, as published.
COMMON_BLOCKS = [("S1", "Sender Common block"), ("A0", "Addressing block"), ("D0", "DIP Block"),
                 ("M0", "MPAN Core")]
# Data type constraints: (type, constraint fields, example) in the shapes the publication uses.
TYPE_SHAPES = [
    ("string", {"minLength": 10, "maxLength": 10}, "1009012345"),
    ("string", {"minLength": 25, "maxLength": 25}, "2024-01-31T00:00:00+00:00"),
    ("string", {"minLength": 13, "maxLength": 13, "pattern": "^\\d{13}$"}, "1012345678901"),
    ("string", {"minLength": 4, "maxLength": 4, "pattern": "^[A-Z]{4}$"}, "ABCD"),
    ("string", {"minLength": 1, "maxLength": 60}, "Reference 1"),
    ("string", {"maxLength": 200}, "Free text"),
    ("string", {"pattern": "^-?\\d{1,9}\\.\\d{3}$"}, "12.345"),
    ("string", {"minLength": 1, "maxLength": 2, "enum": ["A", "E", "M"]}, "A"),
    ("string", {"format": "date-time"}, "2024-01-31T00:00:00Z"),
]
ITEM_SHAPES = TYPE_SHAPES + [
    ("integer", {"minimum": 0, "maximum": 99999}, 30),
    ("integer", {"minimum": 30, "maximum": 30, "multipleOf": 15}, 30),
    ("boolean", {}, True),
    ("number", {"minimum": 0}, 1.5),
]

ROLES = [
    ("SUP", "Supplier", ["Supplier"]), ("REGS", "Registration Service", ["MPAS"]),
    ("SDS", "Smart Data Service", ["SDSA"]), ("ADS", "Advanced Data Service", ["ADSA"]),
    ("UMSDS", "Unmetered Supplies Data Service", ["UMSDSA"]), ("MSS", "Smart Metering Service", []),
    ("MSA", "Advanced Metering Service", []), ("UMSO", "Unmetered Supplies Operator", []),
    ("MDS", "Market-wide Data Service", []), ("LSS", "Load Shaping Service", []),
    ("LDSO", "Licensed Distribution System Operator", ["Distributor"]),
    ("EES", "Electricity Enquiry Service", []), ("MDR", "Meter Data Retriever", []),
    ("ECS", "Elexon Central Services", []), ("DCC", "Data Communications Company", []),
    ("VAS", "Volume Allocation Service", []), ("DIP", "Data Integration Platform", []),
    ("HHDC", "Half Hourly Data Collector", []), ("NHHDC", "Non Half Hourly Data Collector", []),
    ("MOP", "Meter Operator", []), ("SVAA", "Supplier Volume Allocation Agent", []),
]
RELEASES = [
    ("M5", "Physical design baseline", "2022-10-31"), ("IR1", "Interim Release 1", "2023-01-31"),
    ("IR2", "Interim Release 2", "2023-03-31"), ("IR3", "Interim Release 3", "2023-05-31"),
    ("IR4", "Interim Release 4", "2023-07-31"), ("IR5", "Interim Release 5", "2023-09-29"),
    ("IR6", "Interim Release 6", "2023-11-30"), ("IR7", "Interim Release 7", "2024-01-31"),
    ("IR8", "Interim Release 8", "2024-03-28"), ("M10", "Central systems ready", "2024-09-30"),
]
WORDS = (
    "settlement period consumption data meter reading registration appointment notification "
    "request response update advance estimate validation exception report allocation volume "
    "supplier service market wide half hourly smart advanced unmetered agent change status "
    "energy export import profile class daily aggregate reconciliation").split()
EVENTS = ["ActivePower", "ReactivePower", "MeterReading", "Appointment", "RegistrationUpdate",
          "ConsumptionAmendment", "ExceptionRaised", "AllocationResult"]
DURATIONS = ["PT6S", "PT15M", "PT1H", "PT24H", "P1D", "PT30S"]
SOURCE_TEXTS = [
    "DES138 v5.8.8 interface catalogue (synthetic benchmark entry)",
    "DAG031 headline report, 13 Dec 2023 (synthetic)",
    "DIP API 2.1.0, SubmitEvents supported-interfaces list (synthetic)",
    "DTC 15.4 data flow catalogue extraction (synthetic)",
]


def allocate(n):
    """How many entities of each kind: the shares of N, capped by each id space."""
    counts = {k: 0 for k in SHARE}
    remaining = n
    open_kinds = dict(SHARE)
    while remaining > 0 and open_kinds:
        total = sum(open_kinds.values())
        given = 0
        for k, share in list(open_kinds.items()):
            want = max(1, round(remaining * share / total))
            take = min(want, CAPACITY[k] - counts[k], remaining - given)
            counts[k] += take
            given += take
            if counts[k] >= CAPACITY[k]:
                del open_kinds[k]
        if given == 0:
            break
        remaining -= given
    counts["NFR"] += remaining  # beyond every id space: more NFRs, whose ids are unbounded
    return counts


def pick_ids(rng, kind, count):
    if kind == "IF":
        space = [f"IF-{i:03d}" for i in range(1000)]
    elif kind == "REP":
        space = [f"REP-{i:03d}{s}" for i in range(1000) for s in [""] + [chr(c) for c in range(65, 91)]]
    elif kind == "D":
        space = [f"D{i:04d}" for i in range(10000)]
    elif kind == "CR":
        space = [f"CR{i:03d}" for i in range(1000)]
    elif kind in ("DT", "DI"):
        plain = sorted(rng.sample(range(1000), min(count, 1000)))
        ids = [f"{kind}-{i:03d}" for i in plain]
        # Beyond the plain ids, or for a share of them, the nullable variant `DT-nnnN`.
        nullable = sorted(rng.sample(plain, min(count - len(ids), len(plain)))) if count > len(ids) else []
        return sorted(ids + [f"{kind}-{i:03d}N" for i in nullable])
    elif kind == "B":
        common = [b for b, _ in COMMON_BLOCKS][:count]
        return common + [f"B{i:03d}" for i in range(1, count - len(common) + 1)]
    else:
        return [f"E2E{1000 + i}" for i in range(count)]
    return sorted(rng.sample(space, count)) if count < len(space) else space


def title(rng, k=4):
    return " ".join(rng.choice(WORDS) for _ in range(k)).capitalize()


class Generator:
    def __init__(self, n, seed, defect_rate):
        self.rng = random.Random(seed)
        self.defects = defect_rate
        counts = allocate(n)
        rng = self.rng
        self.interfaces = pick_ids(rng, "IF", counts["IF"]) + pick_ids(rng, "REP", counts["REP"])
        self.flows = pick_ids(rng, "D", counts["D"])
        self.crs = pick_ids(rng, "CR", counts["CR"])
        self.nfrs = pick_ids(rng, "NFR", counts["NFR"])
        self.data_types = pick_ids(rng, "DT", counts["DT"])
        self.data_items = pick_ids(rng, "DI", counts["DI"])
        self.blocks = pick_ids(rng, "B", counts["B"])
        self.common_blocks = [b for b in self.blocks if b in dict(COMMON_BLOCKS)]
        self.custom_blocks = [b for b in self.blocks if b not in dict(COMMON_BLOCKS)]
        self.nfr_time = {nfr: rng.choice(DURATIONS) for nfr in self.nfrs}
        self.cr_status = {cr: rng.choice(["approved"] * 5 + ["implemented", "raised", "rejected"])
                          for cr in self.crs}
        self.good_crs = [cr for cr in self.crs if self.cr_status[cr] in ("approved", "implemented")]
        # The D-flow ↔ interface mapping: about half the flows are replaced by one or two interfaces.
        self.replaced_by = {}
        self.replaces = {}
        if self.interfaces:
            for flow in self.flows:
                if rng.random() < 0.5:
                    targets = sorted(set(rng.choice(self.interfaces) for _ in range(rng.randint(1, 2))))
                    self.replaced_by[flow] = targets
                    for i in targets:
                        self.replaces.setdefault(i, []).append(flow)

    def defect(self, scale=1.0):
        return self.rng.random() < self.defects * scale

    def roles(self, k):
        return sorted(set(self.rng.choice(ROLES)[0] for _ in range(k)))

    def sources(self):
        return [self.rng.choice(SOURCE_TEXTS)]

    def history(self, versions):
        rng = self.rng
        entries = []
        releases = sorted(rng.sample(range(len(RELEASES)), len(versions)))
        for n, (version, r) in enumerate(zip(versions, releases)):
            changes = []
            if n > 0:
                if self.good_crs and rng.random() < 0.7:
                    changes.append(rng.choice(self.good_crs))
                changes.append(f"DIN-{rng.randint(100, 999)}")
            entries.append({"version": version, "release": RELEASES[r][0], "changes": changes,
                            "summary": "Baselined" if n == 0 else title(rng, 6)})
        return entries

    def interface(self, iid):
        rng = self.rng
        transport = rng.choice(["dip"] * 8 + ["dtn", "file"])
        minor = rng.choice([0, 0, 0, 1, 2])
        e = {
            "id": iid,
            "name": title(rng, 4),
            "version": f"1.{minor}",
            "status": rng.choice(["active"] * 9 + ["draft"]),
            "transport": transport,
            "from": self.roles(rng.randint(1, 2)),
            "to": self.roles(rng.randint(1, 2)),
        }
        if transport == "dip":
            e["events"] = rng.sample(EVENTS, rng.randint(1, 2))
            e["schemaVersion"] = f"{rng.randint(1, 20):03d}"
        e["process"] = f"BP{rng.randint(1, 40):03d}"
        if self.nfrs:
            times = {}
            kinds = ["acknowledgement", "success"][rng.randint(0, 1):rng.randint(1, 2)] + ["error"]
            for kind in kinds:
                nfr = rng.choice(self.nfrs)
                times[kind] = {"within": self.nfr_time[nfr], "nfr": nfr} if rng.random() < 0.5 else {
                    "within": rng.choice(DURATIONS)}
            if self.defect(3):
                del times["error"]
            e["responseTimes"] = times
        e["timeBasis"] = rng.choice(["utc", "utc", "clock"])
        if rng.random() < 0.7:
            e["codeDraftingName"] = title(rng, 3)
        if iid in self.replaces:
            e["replaces"] = self.replaces[iid]
        e["introducedIn"] = rng.choice(RELEASES[:8])[0]
        if "error" not in e.get("responseTimes", {"error": 1}) and rng.random() < 0.3:
            e["exemptions"] = [{
                "rule": "nfr/missing-error-response-time",
                "reason": "Excluded from response-time requirements owing to volumes",
                "decision": f"DAG{rng.randint(20, 40)}-{rng.randint(1, 9):02d}"}]
        if minor > 0:
            e["history"] = self.history([f"1.{m}" for m in range(minor + 1)][-2:])
        if transport == "dip" and self.blocks and not self.defect():
            e["payload"] = self.payload(e["events"])
        e["sources"] = self.sources()
        if self.defect():
            e["from"] = e["from"] + ["SPL"]  # not a role: a dangling reference
        if self.defect(0.5):
            e["introducedIn"] = "IR42"  # no such release
        if self.defect(0.3):
            e["responeTimes"] = e.pop("responseTimes", {})  # a misspelt field
        if self.defect(0.2):
            e["status"] = "live"  # not an allowed status
        return e

    def dataflow(self, fid):
        rng = self.rng
        e = {
            "id": fid,
            "version": f"{rng.randint(1, 5):03d}",
            "name": title(rng, 4),
            "ownership": rng.choice(["BSC", "MRA", "REC", "DCUSA"]),
            "routes": [{"from": self.roles(1)[0], "to": self.roles(1)[0]} for _ in range(rng.randint(1, 3))],
        }
        targets = self.replaced_by.get(fid)
        if targets:
            fate = {"disposition": rng.choice(["removed", "amended"]), "replacedBy": list(targets),
                    "decision": f"DAG-DEC{rng.randint(40, 90)}"}
            if self.defect(2):
                fate["replacedBy"] = fate["replacedBy"][:-1] or []  # one-sided mapping
                if not fate["replacedBy"]:
                    fate["rationale"] = "Replaced"
        else:
            fate = {"disposition": "retained", "decision": "DAG-DEC57"}
        if not self.defect():
            e["mhhs"] = fate
        e["sources"] = self.sources()
        if self.defect(0.3):
            e["ownerhip"] = e.pop("ownership")
        return e

    def nfr(self, nid):
        rng = self.rng
        e = {"id": nid, "title": title(rng, 3), "category": "Performance", "responseTime": self.nfr_time[nid]}
        if rng.random() < 0.3:
            e["appliesTo"] = {"validationLevels": sorted(rng.sample([1, 2, 3, 4], rng.randint(1, 2)))}
        e["sources"] = self.sources()
        return e

    def change_request(self, cid):
        rng = self.rng
        status = self.cr_status[cid]
        e = {"id": cid, "title": title(rng, 6), "status": status, "raisedBy": self.roles(1)[0]}
        if status in ("approved", "implemented", "rejected"):
            e["decision"] = f"DAG-DEC{rng.randint(40, 90)}"
            e["decidedOn"] = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if status in ("approved", "implemented") and not self.defect():
            e["release"] = rng.choice(RELEASES)[0]
        pool = self.interfaces + self.flows
        if pool:
            e["affects"] = sorted(set(rng.choice(pool) for _ in range(rng.randint(1, 3))))
        e["sources"] = self.sources()
        return e


    # MARK: payloads

    def payload(self, events):
        """About two variants of seven blocks: the common blocks, then custom ones."""
        rng = self.rng
        variants = [[event] for event in events] if len(events) > 1 and rng.random() < 0.6 else [None]
        out = []
        for covered in variants:
            blocks = [{"block": b, "section": "common", "required": b in ("S1", "M0")}
                      for b in self.common_blocks if b != "M0" or rng.random() < 0.7]
            for b in sorted(set(rng.choice(self.custom_blocks) for _ in range(rng.randint(1, 5)))
                            if self.custom_blocks else []):
                entry = {"block": b, "section": "custom", "required": rng.random() < 0.7}
                if rng.random() < 0.08:
                    entry["name"] = b + "List"
                    entry["list"] = {"min": 1}
                blocks.append(entry)
            variant = {"events": covered} if covered else {}
            variant["blocks"] = blocks
            out.append(variant)
        return out

    def constraints(self, e, shapes, nullable=False):
        kind, fields, example = self.rng.choice(shapes)
        e["type"] = kind
        e.update({k: list(v) if isinstance(v, list) else v for k, v in fields.items()})
        if nullable:
            e["nullable"] = True
        e["example"] = example

    def data_type(self, tid):
        e = {"id": tid, "name": title(self.rng, 3)}
        self.constraints(e, TYPE_SHAPES, nullable=tid.endswith("N"))
        e["sources"] = ["DIP API 2.1.0 (Elexon, DataTypes) (synthetic)"]
        return e

    def data_item(self, iid):
        rng = self.rng
        e = {"id": iid, "name": title(rng, 3)}
        if rng.random() < 0.6:
            e["description"] = title(rng, 8) + "."
        if self.data_types and rng.random() < 0.66:
            e["dataType"] = rng.choice(self.data_types)
        else:
            self.constraints(e, ITEM_SHAPES, nullable=iid.endswith("N"))
        e["sources"] = ["DIP API 2.1.0 (Elexon, DataCatalogue) (synthetic)"]
        return e

    def block(self, index):
        """Three or so fields. Blocks fall into four levels by position; a custom block's fields
        may nest a block of the next level, so blocks nest at most four deep (the publication
        nests three: B900 > B901 > B047) and never in a cycle."""
        rng = self.rng
        bid = self.blocks[index]
        level = index * 4 // len(self.blocks)
        nested = [b for i, b in enumerate(self.blocks) if i * 4 // len(self.blocks) == level + 1
                  and b not in dict(COMMON_BLOCKS)]
        common = dict(COMMON_BLOCKS)
        e = {"id": bid, "name": common.get(bid) or title(rng, 3)}
        fields, names = [], set()
        for _ in range(rng.randint(1, 6)):
            name = rng.choice(WORDS) + title(rng, 2).title().replace(" ", "")
            if name in names:
                continue
            names.add(name)
            field = {"name": name}
            if bid not in common and nested and rng.random() < 0.23:
                field["block"] = rng.choice(nested)
            elif self.data_items and rng.random() < 0.98:
                field["item"] = rng.choice(self.data_items)
            elif self.data_types:
                field["dataType"] = rng.choice(self.data_types)
            else:
                field["type"] = "string"
                field["maxLength"] = 36
            field["required"] = rng.random() < 0.8
            if rng.random() < 0.1:
                field["list"] = {"min": 1, "max": rng.choice([48, 200, 1000])}
            fields.append(field)
        e["fields"] = fields
        e["sources"] = ["DIP API 2.1.0 (Elexon, RealCommonBlocks) (synthetic)"]
        return e


def write(path, value):
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(value, indent=2, ensure_ascii=False))
        f.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="about how many entities (interfaces, D-flows, NFRs, CRs)")
    parser.add_argument("outdir", help="directory to create (must not exist or be empty)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--defects", type=float, default=0.01, help="share of entities with each defect")
    args = parser.parse_args()
    if args.n < 1:
        parser.error("N must be at least 1")
    if os.path.exists(args.outdir) and os.listdir(args.outdir):
        parser.error(f"{args.outdir} exists and is not empty")

    g = Generator(args.n, args.seed, args.defects)
    out = args.outdir
    for folder in ("interfaces", "dataflows", "nfrs", "change-requests", "datatypes", "dataitems", "blocks"):
        os.makedirs(os.path.join(out, folder), exist_ok=True)
    write(os.path.join(out, "catalogue.json"),
          {"format": 1, "name": "Synthetic MHHS catalogue",
           "description": f"{args.n} entities, seed {args.seed}, generated for benchmarks"})
    write(os.path.join(out, "roles.json"),
          {"roles": [dict({"id": i, "name": n}, **({"aliases": a} if a else {})) for i, n, a in ROLES]})
    write(os.path.join(out, "releases.json"),
          {"releases": [{"id": i, "name": n, "date": d} for i, n, d in RELEASES],
           "freezes": [{"from": "2023-12-06", "until": "2024-01-15", "note": "change freeze: material changes only"}]})
    for iid in g.interfaces:
        write(os.path.join(out, "interfaces", iid + ".json"), g.interface(iid))
    for fid in g.flows:
        write(os.path.join(out, "dataflows", fid + ".json"), g.dataflow(fid))
    for nid in g.nfrs:
        write(os.path.join(out, "nfrs", nid + ".json"), g.nfr(nid))
    for cid in g.crs:
        write(os.path.join(out, "change-requests", cid + ".json"), g.change_request(cid))
    for tid in g.data_types:
        write(os.path.join(out, "datatypes", tid + ".json"), g.data_type(tid))
    for iid in g.data_items:
        write(os.path.join(out, "dataitems", iid + ".json"), g.data_item(iid))
    for index, bid in enumerate(g.blocks):
        write(os.path.join(out, "blocks", bid + ".json"), g.block(index))
    payload = len(g.data_types) + len(g.data_items) + len(g.blocks)
    total = len(g.interfaces) + len(g.flows) + len(g.nfrs) + len(g.crs) + payload
    print(f"{out}: {len(g.interfaces)} interfaces, {len(g.flows)} D-flows, {len(g.nfrs)} NFRs, "
          f"{len(g.crs)} change requests, {len(g.data_types)} data types, {len(g.data_items)} data items, "
          f"{len(g.blocks)} blocks ({total} entities)", file=sys.stderr)


if __name__ == "__main__":
    main()
