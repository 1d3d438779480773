package org.leernet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

class DutchDatesTests {

	@Test
	void writesADateInDutchWords() {
		assertThat(DutchDates.date(LocalDate.of(2027, 1, 31))).isEqualTo("31 januari 2027");
		assertThat(DutchDates.date(LocalDate.of(2026, 3, 1))).isEqualTo("1 maart 2026");
	}

	@Test
	void writesDateAndTimeInBrusselsTime() {
		// 09:00 UTC is 10:00 in Brussels in winter, 23:30 UTC on 31 March is 1:30 on 1 April in summer
		assertThat(DutchDates.dateTime(OffsetDateTime.of(2026, 11, 15, 9, 0, 0, 0, ZoneOffset.UTC)))
			.isEqualTo("15 november 2026 om 10:00");
		assertThat(DutchDates.dateTime(Date.from(Instant.parse("2027-03-31T23:30:00Z"))))
			.isEqualTo("1 april 2027 om 01:30");
		assertThat(DutchDates.date(Date.from(Instant.parse("2027-03-31T23:30:00Z")))).isEqualTo("1 april 2027");
	}

	@Test
	void writesWhenAMailWasSent() {
		assertThat(DutchDates.dateTimeSeconds(Instant.parse("2026-07-01T08:05:09Z"))).isEqualTo("1 juli 2026 10:05:09");
	}

}
