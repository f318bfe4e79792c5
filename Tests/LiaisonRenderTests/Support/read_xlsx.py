#!/usr/bin/env python3
"""Reads an XLSX workbook back two ways and prints what it finds as JSON.

1. By hand: unzip it and parse the XML parts (sheet names, header cells, cell types,
   number formats of date cells) with the standard library only.
2. With openpyxl, an independent reader: the Regions and Trends sheets' values and the
   document properties.

Usage: read_xlsx.py WORKBOOK.xlsx
"""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def column_index(reference):
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - 64)
    return index - 1


def raw(path):
    with zipfile.ZipFile(path) as archive:
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        strings = []
        if "xl/sharedStrings.xml" in archive.namelist():
            shared = ET.fromstring(archive.read("xl/sharedStrings.xml"))
            strings = ["".join(t.text or "" for t in item.iter("{%s}t" % NS["m"])) for item in shared]
        styles = ET.fromstring(archive.read("xl/styles.xml"))
        formats = {f.get("numFmtId"): f.get("formatCode") for f in styles.iter("{%s}numFmt" % NS["m"])}
        cell_formats = [xf.get("numFmtId") for xf in styles.find("m:cellXfs", NS)]
        sheets = []
        for sheet in workbook.find("m:sheets", NS):
            name = sheet.get("name")
            part = "xl/" + targets[sheet.get(REL)]
            root = ET.fromstring(archive.read(part))
            rows = {}
            for cell in root.iter("{%s}c" % NS["m"]):
                reference = cell.get("r")
                row = int(re.search(r"\d+", reference).group(0))
                kind = cell.get("t", "n")
                value = cell.find("m:v", NS)
                text = value.text if value is not None else None
                style = int(cell.get("s", "0"))
                number_format = formats.get(cell_formats[style], cell_formats[style])
                if kind == "s":
                    content = {"type": "string", "value": strings[int(text)]}
                elif kind == "b":
                    content = {"type": "bool", "value": text == "1"}
                elif kind == "n" and text is not None:
                    is_date = "yy" in (number_format or "")
                    content = {"type": "date" if is_date else "number", "value": float(text), "format": number_format}
                else:
                    content = {"type": kind, "value": text}
                rows.setdefault(row, {})[column_index(reference)] = content
            header = rows.get(1, {})
            sheets.append({
                "name": name,
                "header": [header[i]["value"] for i in sorted(header)],
                "frozen": root.find("m:sheetViews/m:sheetView/m:pane", NS) is not None,
                "autofilter": root.find("m:autoFilter", NS) is not None,
                "hyperlinks": len(root.findall("m:hyperlinks/m:hyperlink", NS)),
                "cells": {f"{r}:{c}": v for r, cells in rows.items() for c, v in cells.items()},
            })
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/"))
        return {"sheets": sheets, "charts": charts, "chart_details": [chart(archive.read(n)) for n in charts]}


def chart(xml):
    """A chart part's kind (lineChart, barChart, ...) and the ranges of its series."""
    c = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
    root = ET.fromstring(xml)
    plot = root.find(f"{c}chart/{c}plotArea")
    kinds = [child.tag.replace(c, "") for child in plot if child.tag.endswith("Chart")]
    series = []
    for ser in plot.iter(f"{c}ser"):
        def ref(path):
            found = ser.find(path)
            return found.text if found is not None else None
        series.append({
            "name": ref(f"{c}tx/{c}strRef/{c}f"),
            "categories": ref(f"{c}cat/{c}strRef/{c}f") or ref(f"{c}cat/{c}numRef/{c}f"),
            "values": ref(f"{c}val/{c}numRef/{c}f"),
        })
    return {"kinds": kinds, "series": series}


def independent(path):
    import openpyxl
    workbook = openpyxl.load_workbook(path)
    regions = workbook["Regions"]
    rows = [list(row) for row in regions.iter_rows(values_only=True)]
    trends = [list(row) for row in workbook["Trends"].iter_rows(values_only=True)] if "Trends" in workbook else None
    properties = workbook.properties
    return {
        "sheetnames": workbook.sheetnames,
        "regions": rows,
        "trends": trends,
        "title": properties.title,
        "author": properties.creator,
        "created": properties.created.isoformat() if properties.created else None,
    }


if __name__ == "__main__":
    workbook = sys.argv[1]
    result = {"raw": raw(workbook)}
    try:
        result["openpyxl"] = independent(workbook)
    except ImportError as error:
        result["openpyxl_error"] = f"openpyxl is not installed ({error}); run scripts/setup.sh"
    json.dump(result, sys.stdout, default=str)
