package org.leernet.deployment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;

/**
 * The request Camunda Modeler 5 sends when a process owner clicks Deploy for Camunda 7
 * ({@code deployDiagram} in Modeler's {@code camunda-plugin/shared/CamundaAPI.js}): a
 * {@code multipart/form-data} POST to {@code <endpoint>/deployment/create} with the text
 * fields {@code deployment-name} (the file name without extension unless changed),
 * {@code deployment-source} = "Camunda Modeler", {@code enable-duplicate-filtering} = "true"
 * and, if filled in, {@code tenant-id}; then the diagram as a {@code text/xml} file part named
 * by its file name, and each "additional file" (a form) as an untyped file part. Built byte by
 * byte as the browser's FormData writes it, so the test sends what Modeler sends.
 */
public final class ModelerUpload {

	private final String deploymentName;

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private String tenantId;

	private ModelerUpload(String deploymentName) {
		this.deploymentName = deploymentName;
	}

	/** A deployment of {@code diagramName} (e.g. {@code learning-network.bpmn}) named as Modeler proposes. */
	public static ModelerUpload of(String diagramName, byte[] diagram) {
		ModelerUpload upload = new ModelerUpload(diagramName.replaceFirst("\\.[^.]+$", ""));
		upload.files.put(diagramName, diagram);
		return upload;
	}

	/** An additional file, as Modeler's "Include additional files" adds it. */
	public ModelerUpload with(String fileName, byte[] content) {
		files.put(fileName, content);
		return this;
	}

	ModelerUpload tenant(String tenantId) {
		this.tenantId = tenantId;
		return this;
	}

	/** The request as the given user, or anonymous when {@code user} is null; password = user name. */
	public HttpEntity<byte[]> as(String user) {
		String boundary = "----WebKitFormBoundary" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "deployment-name", deploymentName);
		field(body, boundary, "deployment-source", "Camunda Modeler");
		field(body, boundary, "enable-duplicate-filtering", "true");
		if (tenantId != null) {
			field(body, boundary, "tenant-id", tenantId);
		}
		boolean diagram = true;
		for (var file : files.entrySet()) {
			// the diagram is a Blob of type text/xml, attachments are Blobs without a type
			String type = diagram ? "text/xml" : "application/octet-stream";
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: " + type + "\r\n\r\n");
			body.writeBytes(file.getValue());
			write(body, "\r\n");
			diagram = false;
		}
		write(body, "--" + boundary + "--\r\n");

		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary);
		headers.set(HttpHeaders.ACCEPT, "application/json");
		if (user != null) {
			headers.set(HttpHeaders.AUTHORIZATION, "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		return new HttpEntity<>(body.toByteArray(), headers);
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
	}

	private static void write(ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
