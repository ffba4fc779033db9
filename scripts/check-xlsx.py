#!/usr/bin/env python3
"""The Excel round trip, checked with tools mhhs does not share code with.

  scripts/check-xlsx.py MHHS [CATALOGUE]

1. `mhhs export` writes the catalogue as a workbook; openpyxl opens every sheet and checks
   facts of named entities (IF-021's name, senders and receivers, D0010's disposition, a link).
2. openpyxl edits one cell (IF-021's name) and saves; `mhhs import xlsx` reads the saved
   workbook (openpyxl's own shape: inline strings, its own styles) into a copy of the
   catalogue; `mhhs diff` must show exactly that edit (and the `sources` line naming the
   workbook) on IF-021 and nothing on any other entity.
3. Where LibreOffice (`soffice`) is installed, the export is re-saved through it headless
   (shared strings, its own relationships) and must import back with no change at all.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

mhhs = os.path.abspath(sys.argv[1])
catalogue = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "catalogue")


def run(*args, check=True):
    result = subprocess.run([mhhs, *args], capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"mhhs {' '.join(args)} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result


def entity(path):
    with open(path) as f:
        return json.load(f)


with tempfile.TemporaryDirectory() as scratch:
    book = os.path.join(scratch, "catalogue.xlsx")
    run("export", catalogue, "--output", book)

    # 1. Facts, read by openpyxl.
    wb = openpyxl.load_workbook(book)
    expected = ["Interfaces", "D-flows", "NFRs", "Change requests", "Roles", "Releases", "Data types",
                "Data items", "Blocks", "Mapping by flow", "Mapping by interface", "Findings"]
    assert wb.sheetnames[:len(expected)] == expected, wb.sheetnames
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", (ws.title, ws.freeze_panes)
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert all(cell.font.b for cell in ws[1]), ws.title
    rows = {row[0].value: row for row in wb["Interfaces"].iter_rows(min_row=2)}
    header = [c.value for c in wb["Interfaces"][1]]
    if21 = entity(os.path.join(catalogue, "interfaces", "IF-021.json"))
    row = {h: c.value for h, c in zip(header, rows["IF-021"])}
    assert row["Name"] == if21["name"], row
    assert row["From"] == "; ".join(if21["from"]) and row["To"] == "; ".join(if21["to"]), row
    checked = 0
    for sheet, folder in [("D-flows", "dataflows"), ("NFRs", "nfrs"), ("Data items", "dataitems"), ("Blocks", "blocks")]:
        ws = wb[sheet]
        heads = [c.value for c in ws[1]]
        for r in ws.iter_rows(min_row=2, max_row=min(ws.max_row, 4)):
            if r[0].value is None:
                continue
            record = entity(os.path.join(catalogue, folder, r[0].value + ".json"))
            assert record["id"] == r[0].value
            name = heads.index("name") if "name" in heads else heads.index("Name") if "Name" in heads else None
            if name is not None and "name" in record:
                assert r[name].value == record["name"], (sheet, r[0].value)
            checked += 1
    # IF-021 in the interface mapping links to its row of the Interfaces sheet.
    links = [r[0].hyperlink.location for r in wb["Mapping by interface"].iter_rows(min_row=2)
             if r[0].value == "IF-021" and r[0].hyperlink]
    assert links == [f"'Interfaces'!A{rows['IF-021'][0].row}"], links
    print(f"xlsx: {len(wb.sheetnames)} sheets open in openpyxl; IF-021 and {checked} other rows match their files; links {links[:2]}")

    # 2. Edit one cell with openpyxl; import; diff.
    name_column = header.index("Name")
    rows["IF-021"][name_column].value = if21["name"] + " (edited)"
    edited = os.path.join(scratch, "edited.xlsx")
    wb.save(edited)
    copy = os.path.join(scratch, "copy")
    shutil.copytree(catalogue, copy)
    for kind in ["interfaces", "dataflows"]:
        run("import", "xlsx", edited, "--kind", kind, "--into", copy)
    out = os.path.join(scratch, "diff.json")
    run("diff", catalogue, copy, "--format", "json", "--fail-on", "never", "--output", out)
    changes = json.load(open(out))["changes"]
    assert [c["entity"] for c in changes] == ["IF-021"], [c["entity"] for c in changes]
    fields = sorted(f["pointer"] for f in changes[0]["fields"])
    assert fields == ["/name", "/sources"], fields
    assert entity(os.path.join(copy, "interfaces", "IF-021.json"))["name"] == if21["name"] + " (edited)"
    print("xlsx: openpyxl edit of IF-021's name imports as exactly that change (and its sources line)")

    # 3. LibreOffice, when installed.
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        lo = os.path.join(scratch, "lo")
        os.mkdir(lo)
        subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", lo, book], check=True,
                       capture_output=True, timeout=300)
        resaved = os.path.join(lo, "catalogue.xlsx")
        for kind in ["interfaces", "dataflows"]:
            result = run("import", "xlsx", resaved, "--kind", kind, "--into", catalogue, "--check", check=False)
            assert result.returncode == 0, result.stdout + result.stderr
        print("xlsx: the LibreOffice re-save imports back with no change")
    else:
        print("xlsx: soffice not installed; LibreOffice re-save skipped")
