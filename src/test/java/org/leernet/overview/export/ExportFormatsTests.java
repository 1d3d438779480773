package org.leernet.overview.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** One table written as CSV and as .xlsx, and read back as Excel and a script read them. */
class ExportFormatsTests {

	static final ExportTable TABLE = new ExportTable("evaluaties", "Evaluaties",
			List.of("Sessie", "Datum sessie", "Score", "Wat ging goed", "Wat kan beter", "Ingediend op"),
			List.of(Arrays.asList("Kick-off", LocalDate.of(2027, 3, 12), 5, "=HYPERLINK(\"http://kwaad.example\")",
					"Meer tijd; \"pauzes\"\nen koffie", OffsetDateTime.of(2027, 7, 1, 20, 5, 0, 0, ZoneOffset.UTC)),
					Arrays.asList("Collectieve sessie 1", LocalDate.of(2027, 4, 2), 3, "Alles", null, null)));

	@Test
	void csvHasAByteOrderMarkSemicolonsAndQuotesWhereNeeded() throws IOException {
		byte[] bytes = CsvExport.write(TABLE);
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(text).startsWith("Sessie;Datum sessie;Score;Wat ging goed;Wat kan beter;Ingediend op\r\n");
		assertThat(text).contains("Kick-off;12-03-2027;5;\"'=HYPERLINK(\"\"http://kwaad.example\"\")\";");
		assertThat(text).contains("\"Meer tijd; \"\"pauzes\"\"\nen koffie\";01-07-2027 22:05\r\n");

		List<CSVRecord> records = parse(bytes);
		assertThat(records).hasSize(3);
		assertThat(records.get(0).values()).containsExactlyElementsOf(TABLE.headers());
		assertThat(records.get(1).values()).containsExactly("Kick-off", "12-03-2027", "5",
				"'=HYPERLINK(\"http://kwaad.example\")", "Meer tijd; \"pauzes\"\nen koffie", "01-07-2027 22:05");
		assertThat(records.get(2).values()).containsExactly("Collectieve sessie 1", "02-04-2027", "3", "Alles", "", "");
	}

	@Test
	void xlsxHasABoldHeaderRealDatesNumbersAndQuotePrefixedFormulas() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxExport.write(TABLE)))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Evaluaties");
			Row header = sheet.getRow(0);
			for (int i = 0; i < TABLE.headers().size(); i++) {
				assertThat(header.getCell(i).getStringCellValue()).isEqualTo(TABLE.headers().get(i));
				assertThat(workbook.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			Row first = sheet.getRow(1);
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
			assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
			assertThat(first.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2027, 3, 12, 0, 0));
			assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(5.0);
			assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://kwaad.example\")");
			assertThat(first.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Meer tijd; \"pauzes\"\nen koffie");
			assertThat(first.getCell(4).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy hh:mm");
			assertThat(first.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2027, 7, 1, 22, 5));
			Row second = sheet.getRow(2);
			assertThat(second.getCell(4) == null || second.getCell(4).getCellType() == CellType.BLANK).isTrue();
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void anEmptyExportHasItsHeaderRowOnly() throws IOException {
		ExportTable empty = new ExportTable("metingen", "Metingen", List.of("Organisatie", "Meting"), List.of());
		assertThat(parse(CsvExport.write(empty))).singleElement()
			.satisfies(record -> assertThat(record.values()).containsExactly("Organisatie", "Meting"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxExport.write(empty)))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
	}

	static List<CSVRecord> parse(byte[] bytes) throws IOException {
		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
				StandardCharsets.UTF_8)) {
			return CSVFormat.Builder.create().setDelimiter(';').get().parse(reader).getRecords();
		}
	}

}
