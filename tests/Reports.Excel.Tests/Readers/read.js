// Opens a workbook with one reader and prints, as JSON, its sheet names and the values of the cells asked for.
// Usage: node read.js exceljs|sheetjs FILE SHEET!CELL...
'use strict';
const path = require('path');

async function readExcelJs(file, cells) {
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = workbook.worksheets.map(w => w.name);
  const values = cells.map(([sheet, address]) => {
    const cell = workbook.getWorksheet(sheet).getCell(address);
    return { value: cell.value, format: cell.numFmt ?? null };
  });
  return { sheets, values, application: workbook.application ?? null };
}

function readSheetJs(file, cells) {
  const XLSX = require('xlsx');
  const workbook = XLSX.readFile(file, { cellNF: true });
  const values = cells.map(([sheet, address]) => {
    const cell = workbook.Sheets[sheet][address];
    // w is the text SheetJS formats the value to with the cell's number format, as a reader sees it.
    return cell === undefined ? { value: null, format: null, text: null } : { value: cell.v, format: cell.z ?? null, text: cell.w ?? null };
  });
  return { sheets: workbook.SheetNames, values, application: workbook.Props?.Application ?? null };
}

async function main() {
  const [reader, file, ...addresses] = process.argv.slice(2);
  const cells = addresses.map(a => {
    const bang = a.lastIndexOf('!');
    return [a.slice(0, bang), a.slice(bang + 1)];
  });
  const read = { exceljs: readExcelJs, sheetjs: readSheetJs }[reader];
  if (!read) throw new Error(`Unknown reader "${reader}"; use exceljs or sheetjs.`);
  process.stdout.write(JSON.stringify(await read(path.resolve(file), cells)) + '\n');
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
