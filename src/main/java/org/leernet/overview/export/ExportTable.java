package org.leernet.overview.export;

import java.util.List;

/**
 * One export: its name in the file name ({@code organisaties}), the sheet's title, Dutch column
 * headers and the rows. A cell is text, a number, a {@link java.time.LocalDate}, a
 * {@link java.time.OffsetDateTime} (written in Brussels time) or null (empty).
 */
public record ExportTable(String name, String title, List<String> headers, List<List<Object>> rows) {

	public ExportTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

}
