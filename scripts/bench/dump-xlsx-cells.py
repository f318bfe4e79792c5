#!/usr/bin/env python3
"""Dumps every cell of an XLSX workbook, read by openpyxl, as lines for xlsx-replay.c.

Usage: dump-xlsx-cells.py WORKBOOK > cells.tsv

One line per cell, sheets in workbook order: sheet, row, column (from 0), a type
(s text, n number, d date, b boolean) and the value, tab-separated. Tabs, new lines and
backslashes in text are escaped as \\t, \\n and \\\\.
"""
import sys

import openpyxl


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main(path):
    workbook = openpyxl.load_workbook(path, read_only=True)
    out = sys.stdout
    for sheet in workbook.worksheets:
        for row_index, row in enumerate(sheet.iter_rows()):
            for cell in row:
                value = cell.value
                if value is None:
                    continue
                column = cell.column - 1
                if isinstance(value, bool):
                    kind, text = "b", "1" if value else "0"
                elif isinstance(value, (int, float)):
                    kind, text = "n", repr(float(value))
                elif hasattr(value, "year"):
                    kind, text = "d", value.strftime("%Y-%m-%d")
                else:
                    kind, text = "s", escape(str(value))
                out.write(f"{escape(sheet.title)}\t{row_index}\t{column}\t{kind}\t{text}\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
