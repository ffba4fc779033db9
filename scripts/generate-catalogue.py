#!/usr/bin/env python3
"""Generate a synthetic MHHS catalogue (format version 1) of about N entities, for benchmarks.

Usage: scripts/generate-catalogue.py N OUTDIR [--seed S] [--defects RATE]

The catalogue is valid by design/catalogue-format.md, with a small share of defects so that the
rules have something to find: DIP interfaces without an error-response time, dangling
references (a misspelt role, an unknown release), schema errors (a misspelt field, a status
that is not allowed) and one-sided D-flow mappings. Ids stay within their patterns (IF-nnn,
REP-nnn[A-Z], Dnnnn, CRnnn), which bounds a catalogue at about 40,000 entities. The same N and
seed give byte-identical files. Python 3 standard library only.
"""

import argparse
import json
import os
import random
import sys

CAPACITY = {"IF": 1000, "REP": 27000, "D": 10000, "CR": 1000, "NFR": 1000}
SHARE = {"IF": 0.25, "REP": 0.25, "D": 0.33, "CR": 0.1, "NFR": 0.07}

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
    for folder in ("interfaces", "dataflows", "nfrs", "change-requests"):
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
    total = len(g.interfaces) + len(g.flows) + len(g.nfrs) + len(g.crs)
    print(f"{out}: {len(g.interfaces)} interfaces, {len(g.flows)} D-flows, {len(g.nfrs)} NFRs, "
          f"{len(g.crs)} change requests ({total} entities)", file=sys.stderr)


if __name__ == "__main__":
    main()
