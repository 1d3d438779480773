package org.leernet.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body can fill the server's memory: Camunda's REST API reads a deployment's multipart
 * body (and Jersey a JSON body) whole into memory. A body that announces more than its limit is
 * answered 413 before a byte of it is read; a chunked body is counted as it is read and cut off
 * with 413 at the limit, whatever the reader then makes of it. 10 MB for a deployment (Camunda
 * Modeler's {@code deployment/create}), 1 MB for anything else.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	static final long DEPLOYMENT_LIMIT = 10L * 1024 * 1024;

	static final long OTHER_LIMIT = 1024L * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean deployment = request.getRequestURI().endsWith("/deployment/create");
		long limit = deployment ? DEPLOYMENT_LIMIT : OTHER_LIMIT;
		if (request.getContentLengthLong() > limit) {
			refuse(response, deployment);
			return;
		}
		Cutoff cutoff = new Cutoff(response, limit, deployment);
		chain.doFilter(new CountedRequest(request, cutoff), new CutOffResponse(response, cutoff));
	}

	private static void refuse(HttpServletResponse response, boolean deployment) throws IOException {
		JsonRefusal.write(response, 413, "RequestTooLarge", deployment
				? "Dit model is te groot: een deployment mag hoogstens 10 MB zijn."
				: "Dit verzoek is te groot: hoogstens 1 MB is toegestaan.");
	}

	/** Thrown into whatever reads a body past its limit; the 413 is already answered. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge(long limit) {
			super("Request body over " + limit + " bytes");
		}

	}

	/** The count of one request's body, and whether it passed its limit (and so was answered). */
	private static final class Cutoff {

		private final HttpServletResponse response;

		private final long limit;

		private final boolean deployment;

		private long read;

		private boolean tripped;

		Cutoff(HttpServletResponse response, long limit, boolean deployment) {
			this.response = response;
			this.limit = limit;
			this.deployment = deployment;
		}

		void count(long bytes) throws IOException {
			read += Math.max(bytes, 0);
			if (read > limit) {
				if (!tripped && !response.isCommitted()) {
					response.reset();
					refuse(response, deployment);
				}
				tripped = true;
				throw new BodyTooLarge(limit);
			}
		}

	}

	private static final class CountedRequest extends HttpServletRequestWrapper {

		private final Cutoff cutoff;

		private ServletInputStream counted;

		CountedRequest(HttpServletRequest request, Cutoff cutoff) {
			super(request);
			this.cutoff = cutoff;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				counted = new CountedStream(super.getInputStream(), cutoff);
			}
			return counted;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class CountedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final Cutoff cutoff;

		CountedStream(ServletInputStream in, Cutoff cutoff) {
			this.in = in;
			this.cutoff = cutoff;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				cutoff.count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			cutoff.count(n);
			return n;
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

	/** Once the body was cut off and answered, whatever the application still writes goes nowhere. */
	private static final class CutOffResponse extends HttpServletResponseWrapper {

		private final Cutoff cutoff;

		CutOffResponse(HttpServletResponse response, Cutoff cutoff) {
			super(response);
			this.cutoff = cutoff;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			return cutoff.tripped ? new Discarding() : super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			return cutoff.tripped ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
		}

		@Override
		public void setStatus(int status) {
			if (!cutoff.tripped) {
				super.setStatus(status);
			}
		}

		@Override
		public void sendError(int status) throws IOException {
			if (!cutoff.tripped) {
				super.sendError(status);
			}
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			if (!cutoff.tripped) {
				super.sendError(status, message);
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (!cutoff.tripped) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!cutoff.tripped) {
				super.addHeader(name, value);
			}
		}

		@Override
		public void setContentType(String type) {
			if (!cutoff.tripped) {
				super.setContentType(type);
			}
		}

		@Override
		public void setContentLength(int length) {
			if (!cutoff.tripped) {
				super.setContentLength(length);
			}
		}

		@Override
		public void setContentLengthLong(long length) {
			if (!cutoff.tripped) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public void reset() {
			if (!cutoff.tripped) {
				super.reset();
			}
		}

		@Override
		public void resetBuffer() {
			if (!cutoff.tripped) {
				super.resetBuffer();
			}
		}

	}

	private static final class Discarding extends ServletOutputStream {

		@Override
		public void write(int b) {
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
		}

	}

}
