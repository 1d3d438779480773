package org.leernet.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** A refusal our filters write before anything else ran: a status and a short Dutch message as JSON. */
final class JsonRefusal {

	private JsonRefusal() {
	}

	static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
		byte[] body = ("{\"type\":\"" + type + "\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
				+ "\"}").getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType("application/json;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
