package org.leernet.overview.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An export as one {@code .xlsx} sheet: a bold header row that stays in view, dates as real date
 * cells ({@code dd-mm-jjjj}, with the time in 24 hours where there is one), numbers as numbers.
 * Text that looks like a formula gets Excel's own quote prefix: it is shown as typed and never
 * read as a formula, also not after editing the cell.
 */
public final class XlsxExport {

	/** Excel's codes: {@code yyyy} whatever the language Excel runs in. */
	public static final String DATE_FORMAT = "dd-mm-yyyy";

	public static final String DATE_TIME_FORMAT = "dd-mm-yyyy hh:mm";

	private static final int MAX_WIDTH = 60;

	private XlsxExport() {
	}

	public static byte[] write(ExportTable table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(table.title());
			int[] widths = new int[table.headers().size()];
			Row header = sheet.createRow(0);
			for (int i = 0; i < table.headers().size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(table.headers().get(i));
				cell.setCellStyle(styles.header);
				widths[i] = table.headers().get(i).length();
			}
			int rowNumber = 1;
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(rowNumber++);
				for (int i = 0; i < values.size(); i++) {
					widths[i] = Math.max(widths[i], fill(row.createCell(i), values.get(i), styles));
				}
			}
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
			}
			sheet.createFreezePane(0, 1);
			if (!table.headers().isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowNumber - 1), 0, table.headers().size() - 1));
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fills the cell; returns about how many characters wide it shows. */
	private static int fill(Cell cell, Object value, Styles styles) {
		if (value == null) {
			cell.setBlank();
			return 0;
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			return number.toString().length();
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
			return DATE_FORMAT.length();
		}
		if (value instanceof OffsetDateTime time) {
			cell.setCellValue(ExportCells.brussels(time));
			cell.setCellStyle(styles.dateTime);
			return DATE_TIME_FORMAT.length();
		}
		String text = value.toString();
		cell.setCellValue(text);
		if (ExportCells.looksLikeFormula(text)) {
			cell.setCellStyle(styles.quoted);
		}
		return text.lines().mapToInt(String::length).max().orElse(0);
	}

	private static final class Styles {

		final CellStyle header;

		final CellStyle date;

		final CellStyle dateTime;

		final CellStyle quoted;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			short dateFormat = workbook.createDataFormat().getFormat(DATE_FORMAT);
			date = workbook.createCellStyle();
			date.setDataFormat(dateFormat);
			dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
			quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
		}

	}

}
