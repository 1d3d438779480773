package org.leernet.overview.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The subscription tokens: long enough to guess never, and stored only as their SHA-256. */
class FeedTokensTests {

	@Test
	void aTokenHas256RandomBitsInUrlSafeCharacters() {
		String token = FeedTokens.newToken();
		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
		assertThat(FeedTokens.wellFormed(token)).isTrue();
	}

	@Test
	void noTwoTokensAreTheSame() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			tokens.add(FeedTokens.newToken());
		}
		assertThat(tokens).hasSize(1000);
	}

	@Test
	void theHashIsTheSha256OfTheTokenInHex() {
		// the SHA-256 test vector of FIPS 180-2 for "abc"
		assertThat(FeedTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		String token = FeedTokens.newToken();
		assertThat(FeedTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(FeedTokens.hash(token))
			.doesNotContain(token);
		assertThat(FeedTokens.hash(token)).isNotEqualTo(FeedTokens.hash(FeedTokens.newToken()));
	}

	@Test
	void somethingElseIsNoTokenAndIsNotLookedUp() {
		assertThat(FeedTokens.wellFormed(null)).isFalse();
		assertThat(FeedTokens.wellFormed("")).isFalse();
		assertThat(FeedTokens.wellFormed("a".repeat(42))).isFalse();
		assertThat(FeedTokens.wellFormed("a".repeat(44))).isFalse();
		assertThat(FeedTokens.wellFormed("a".repeat(42) + "/")).isFalse();
		assertThat(FeedTokens.wellFormed("a".repeat(42) + "=")).isFalse();
		// the lookup refuses a malformed token before it touches the database
		assertThat(new FeedTokens(null).userOf("../../etc")).isEmpty();
	}

}
