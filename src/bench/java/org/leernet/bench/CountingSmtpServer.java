package org.leernet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeUtility;

/**
 * An SMTP server that keeps no messages: per mail only the recipient, the subject and the
 * arrival time, enough to count mails, find duplicates and measure delays for 100,000 mails
 * (GreenMail keeps every message in memory).
 */
final class CountingSmtpServer implements AutoCloseable {

	record Received(String recipient, String subject, long arrivedAtMillis) {

		String key() {
			return recipient + " | " + subject;
		}

	}

	private final ServerSocket listener;

	private final ExecutorService connections = Executors.newCachedThreadPool(daemon("smtp-sink"));

	private final Queue<Received> received = new ConcurrentLinkedQueue<>();

	private final AtomicInteger count = new AtomicInteger();

	CountingSmtpServer() {
		try {
			listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = daemon("smtp-sink-accept").newThread(this::accept);
		acceptor.start();
	}

	int port() {
		return listener.getLocalPort();
	}

	int count() {
		return count.get();
	}

	/** Forgets what arrived so far: the next scenario counts from zero. */
	void clear() {
		received.clear();
		count.set(0);
	}

	List<Received> received() {
		return new ArrayList<>(received);
	}

	static Map<String, Long> duplicates(List<Received> mails) {
		return mails.stream()
			.collect(Collectors.groupingBy(Received::key, Collectors.counting()))
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public void close() {
		try {
			listener.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		connections.shutdownNow();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket socket = listener.accept();
				connections.execute(() -> converse(socket));
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	/** Just enough SMTP for JavaMail: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. */
	private void converse(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 bench-sink ESMTP");
			List<String> recipients = new ArrayList<>();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 bench-sink");
					case "MAIL" -> {
						recipients.clear();
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						recipients.add(address(line));
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 End data with <CR><LF>.<CR><LF>");
						String subject = readMessage(in);
						long now = System.currentTimeMillis();
						for (String recipient : recipients) {
							received.add(new Received(recipient, subject, now));
							count.incrementAndGet();
						}
						reply(out, "250 OK");
					}
					case "QUIT" -> {
						reply(out, "221 Bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	/** Reads the message up to the lone dot; returns its subject, unfolded and decoded. */
	private static String readMessage(BufferedReader in) throws IOException {
		List<String> headers = new ArrayList<>();
		boolean inHeaders = true;
		for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
			if (!inHeaders) {
				continue;
			}
			if (line.isEmpty()) {
				inHeaders = false;
			}
			else if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
				headers.set(headers.size() - 1, headers.get(headers.size() - 1) + line.substring(1));
			}
			else {
				headers.add(line);
			}
		}
		String raw = headers.stream()
			.filter(header -> header.regionMatches(true, 0, "Subject:", 0, 8))
			.map(header -> header.substring(8).trim())
			.findFirst()
			.orElse("");
		try {
			return MimeUtility.decodeText(raw);
		}
		catch (UnsupportedEncodingException ex) {
			return raw;
		}
	}

	private static String address(String line) {
		int start = line.indexOf('<');
		int end = line.indexOf('>');
		return start >= 0 && end > start ? line.substring(start + 1, end) : line.substring(line.indexOf(':') + 1).trim();
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicInteger number = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
