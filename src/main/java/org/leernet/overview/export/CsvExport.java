package org.leernet.overview.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * An export as CSV the way Dutch and Belgian Excel opens it with a double click: UTF-8 with a
 * byte order mark, {@code ;} between cells, quotes where a cell needs them, CRLF between rows.
 */
public final class CsvExport {

	public static final char SEPARATOR = ';';

	public static final CSVFormat FORMAT = CSVFormat.Builder.create()
		.setDelimiter(SEPARATOR)
		.setQuote('"')
		.setQuoteMode(QuoteMode.MINIMAL)
		.setRecordSeparator("\r\n")
		.get();

	private CsvExport() {
	}

	public static byte[] write(ExportTable table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			writer.write('\uFEFF');
			printer.printRecord(table.headers());
			for (List<Object> row : table.rows()) {
				printer.printRecord(row.stream().map(ExportCells::csv).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
