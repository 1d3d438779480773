package org.leernet.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the SMTP server that can be closed like a gate: then nothing a node
 * writes reaches the server any more, while the server's answers still reach the node. A node
 * behind a closed gate is stuck in the middle of sending mails none of which the server has
 * accepted, which is where a crash test wants it.
 */
final class SmtpGate implements AutoCloseable {

	private final ServerSocket listener;

	private final int serverPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final Object lock = new Object();

	private volatile boolean closed;

	SmtpGate(int serverPort) {
		this.serverPort = serverPort;
		try {
			this.listener = new ServerSocket(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		daemon(this::accept);
	}

	int port() {
		return listener.getLocalPort();
	}

	/** From now on nothing the clients write reaches the server. */
	void closeGate() {
		closed = true;
	}

	/** Stops relaying altogether. */
	@Override
	public void close() {
		try {
			listener.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		for (Socket socket : sockets) {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "smtp-gate");
		thread.setDaemon(true);
		thread.start();
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket("127.0.0.1", serverPort);
				sockets.add(client);
				sockets.add(server);
				daemon(() -> relay(client, server, true));
				daemon(() -> relay(server, client, false));
			}
			catch (IOException ex) {
				// listener closed, or the server refused: the client sees its connection end
			}
		}
	}

	private void relay(Socket from, Socket to, boolean towardsServer) {
		byte[] buffer = new byte[8192];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (towardsServer && closed) {
					holdForever();
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side went away (a killed node): the other side's connection ends too
		}
		finally {
			try {
				from.close();
				to.close();
			}
			catch (IOException ex) {
				// closed anyway
			}
		}
	}

	/** Holds the bytes back until the client side's socket is gone. */
	private void holdForever() throws IOException {
		synchronized (lock) {
			while (!listener.isClosed()) {
				try {
					lock.wait(1000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException(ex);
				}
			}
		}
		throw new IOException("gate shut down");
	}

}
