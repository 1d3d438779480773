package org.leernet.process;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets in the links Leernet hands out (calendar feeds, task links): 256 random bits, of
 * which only the SHA-256 is stored, so that the token itself is only where it was handed out.
 */
public final class SecretTokens {

	/** 32 random bytes, URL-safe Base64 without padding: 43 characters. */
	public static final int BYTES = 32;

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	public static String newToken() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text has a token's form; anything else is not looked up at all. */
	public static boolean wellFormed(String token) {
		return token != null && FORMAT.matcher(token).matches();
	}

	/** SHA-256 of the token's characters, in lower-case hex (64 characters). */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
