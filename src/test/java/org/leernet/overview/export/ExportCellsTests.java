package org.leernet.overview.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.leernet.measurement.MeasurementPhase;
import org.leernet.recruitment.OrganisationStatus;

/** How cells read in an export: the formula guard, dates and times in Brussels, Dutch words. */
class ExportCellsTests {

	@Test
	void textThatASpreadsheetWouldTakeForAFormulaGetsAnApostrophe() {
		assertThat(ExportCells.guarded("=HYPERLINK(\"http://kwaad.example\";\"klik\")"))
			.isEqualTo("'=HYPERLINK(\"http://kwaad.example\";\"klik\")");
		assertThat(ExportCells.guarded("+32 2 123 45 67")).isEqualTo("'+32 2 123 45 67");
		assertThat(ExportCells.guarded("-2+3")).isEqualTo("'-2+3");
		assertThat(ExportCells.guarded("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
		assertThat(ExportCells.guarded("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(ExportCells.guarded("\r=1+1")).isEqualTo("'\r=1+1");
	}

	@Test
	void ordinaryTextStaysAsItIs() {
		assertThat(ExportCells.guarded("Zorggroep Aurora")).isEqualTo("Zorggroep Aurora");
		assertThat(ExportCells.guarded("Meer tijd = beter")).isEqualTo("Meer tijd = beter");
		assertThat(ExportCells.guarded("'al tekst")).isEqualTo("'al tekst");
		assertThat(ExportCells.guarded("")).isEmpty();
		assertThat(ExportCells.guarded(null)).isNull();
		assertThat(ExportCells.looksLikeFormula(" =1+1")).isFalse();
	}

	@Test
	void aCsvCellGuardsTextButNotNumbersOrDates() {
		assertThat(ExportCells.csv("=1+1")).isEqualTo("'=1+1");
		assertThat(ExportCells.csv(-3)).isEqualTo("-3");
		assertThat(ExportCells.csv(12)).isEqualTo("12");
		assertThat(ExportCells.csv(null)).isEmpty();
		assertThat(ExportCells.csv(LocalDate.of(2027, 3, 12))).isEqualTo("12-03-2027");
	}

	@Test
	void datesReadDayMonthYearWithDashes() {
		assertThat(ExportCells.date(LocalDate.of(2027, 3, 12))).isEqualTo("12-03-2027");
		assertThat(ExportCells.date(LocalDate.of(2026, 11, 5))).isEqualTo("05-11-2026");
		assertThat(ExportCells.date(null)).isNull();
	}

	@Test
	void timesAreInBrusselsIn24HoursInWinterAndSummer() {
		// winter: UTC+1
		OffsetDateTime winter = OffsetDateTime.of(2027, 1, 15, 13, 30, 0, 0, ZoneOffset.UTC);
		assertThat(ExportCells.dateTime(winter)).isEqualTo("15-01-2027 14:30");
		assertThat(ExportCells.time(winter)).isEqualTo("14:30");
		// summer: UTC+2
		OffsetDateTime summer = OffsetDateTime.of(2027, 7, 1, 20, 5, 0, 0, ZoneOffset.UTC);
		assertThat(ExportCells.dateTime(summer)).isEqualTo("01-07-2027 22:05");
		assertThat(ExportCells.csv(summer)).isEqualTo("01-07-2027 22:05");
	}

	@Test
	void theDayIsTheDayInBrussels() {
		// 23:30 UTC on 31 March is already 1 April in Brussels
		OffsetDateTime late = OffsetDateTime.of(2027, 3, 31, 23, 30, 0, 0, ZoneOffset.UTC);
		assertThat(ExportCells.day(late)).isEqualTo(LocalDate.of(2027, 4, 1));
		OffsetDateTime fromNewYork = OffsetDateTime.of(2027, 3, 12, 9, 0, 0, 0, ZoneOffset.ofHours(-5));
		assertThat(ExportCells.dateTime(fromNewYork)).isEqualTo("12-03-2027 15:00");
	}

	@Test
	void statusPhaseAndYesNoAreDutch() {
		OffsetDateTime withdrawn = OffsetDateTime.of(2027, 3, 12, 10, 0, 0, 0, ZoneOffset.UTC);
		assertThat(NetworkExports.status(OrganisationStatus.WITHDRAWN, withdrawn)).isEqualTo("teruggetrokken op 12-03-2027");
		assertThat(NetworkExports.status(OrganisationStatus.REGISTERED, null)).isEqualTo("actief");
		assertThat(NetworkExports.status(OrganisationStatus.WAITING_LIST, null)).isEqualTo("wachtlijst");
		assertThat(NetworkExports.status(OrganisationStatus.COMPLETED, null)).isEqualTo("afgerond");
		assertThat(NetworkExports.phase(MeasurementPhase.BASELINE)).isEqualTo("nulmeting");
		assertThat(NetworkExports.phase(MeasurementPhase.END)).isEqualTo("eindmeting");
		assertThat(ExportCells.yesNo(true)).isEqualTo("ja");
		assertThat(ExportCells.yesNo(false)).isEqualTo("nee");
		assertThat(ExportCells.yesNo(null)).isNull();
	}

}
