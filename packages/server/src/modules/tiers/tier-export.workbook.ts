/** The .xlsx of an export sheet (tier-export.rules.ts), written with exceljs (docs/dependencies.md). */
import ExcelJS from 'exceljs';
import { moneyCellValue, type ExportSheet } from './tier-export.rules.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MONEY_FORMAT = '¥#,##0.00';

export async function writeWorkbook(sheet: ExportSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Guibin';
  const worksheet = workbook.addWorksheet(sheet.sheetName);
  for (const line of sheet.title) worksheet.addRow([line]);
  worksheet.getRow(1).font = { bold: true, size: 14 };
  worksheet.addRow([]);
  const header = worksheet.addRow(sheet.header);
  header.font = { bold: true };
  for (const cells of sheet.rows) {
    const row = worksheet.addRow(cells.map((cell) => ('text' in cell ? cell.text : 'count' in cell ? cell.count : moneyCellValue(cell.money))));
    cells.forEach((cell, index) => {
      if ('money' in cell) {
        const target = row.getCell(index + 1);
        target.numFmt = MONEY_FORMAT;
        target.alignment = { horizontal: 'right' };
      }
    });
  }
  worksheet.columns.forEach((column, index) => {
    column.width = Math.max(12, ...sheet.header.slice(index, index + 1).map((text) => text.length * 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
