"""Opens a workbook with openpyxl and prints, as JSON, its sheet names and the values of the cells asked for.

Usage: python3 read.py FILE SHEET!CELL...
"""
import json
import sys

import openpyxl


def main(file, addresses):
    workbook = openpyxl.load_workbook(file)
    values = []
    for address in addresses:
        sheet, cell = address.rsplit("!", 1)
        found = workbook[sheet][cell]
        values.append({"value": found.value, "format": found.number_format})
    json.dump({"sheets": workbook.sheetnames, "values": values}, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
