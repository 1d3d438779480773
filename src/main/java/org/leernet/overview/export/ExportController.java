package org.leernet.overview.export;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.leernet.network.Network;
import org.leernet.overview.Viewer;
import org.leernet.overview.Visibility;
import org.leernet.overview.WebappViewer;
import org.leernet.overview.export.NetworkExports.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A network's exports, {@code /leernet/netwerken/{code}/export/<kind>.csv} or {@code .xlsx}, with
 * kind {@code organisaties}, {@code aanwezigheid}, {@code evaluaties} or {@code metingen}. For
 * coordinators (everything) and advisers (the rows of the organisations they follow), logged in
 * to the webapps. Nobody logged in: 401; participants and process owners: 403; an unknown kind or
 * a network one may not see: 404. Nothing of it is kept in a cache.
 */
@Controller
class ExportController {

	static final String PATH = "/leernet/netwerken/{code}/export/";

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final String REFUSED = "leernet/export-refused";

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	private final Visibility visibility;

	private final NetworkExports exports;

	ExportController(Visibility visibility, NetworkExports exports) {
		this.visibility = visibility;
		this.exports = exports;
	}

	@GetMapping(PATH + "{kind}.csv")
	Object csv(@PathVariable String code, @PathVariable String kind, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return export(code, kind, "csv", CSV, CsvExport::write, request, response, model);
	}

	@GetMapping(PATH + "{kind}.xlsx")
	Object xlsx(@PathVariable String code, @PathVariable String kind, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return export(code, kind, "xlsx", XLSX, XlsxExport::write, request, response, model);
	}

	private Object export(String code, String kindSlug, String extension, MediaType type,
			Function<ExportTable, byte[]> writer, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Optional<Viewer> viewer = WebappViewer.of(request);
		if (viewer.isEmpty()) {
			return refuse(response, model, HttpServletResponse.SC_UNAUTHORIZED, "Log eerst in",
					"De exports van een netwerk zijn er voor coördinatoren en adviseurs. Log in bij Tasklist en open"
							+ " deze link daarna opnieuw.",
					"Inloggen bij Tasklist");
		}
		if (!viewer.get().isCoordinator() && !viewer.get().isAdviser()) {
			return refuse(response, model, HttpServletResponse.SC_FORBIDDEN, "Geen toegang",
					"De exports van een netwerk zijn er alleen voor coördinatoren en adviseurs.", "Terug naar Tasklist");
		}
		Optional<Kind> kind = Kind.of(kindSlug);
		Optional<Network> network = kind.isEmpty() ? Optional.empty() : visibility.network(viewer.get(), code);
		if (network.isEmpty()) {
			return refuse(response, model, HttpServletResponse.SC_NOT_FOUND, "Niet gevonden",
					"Deze export bestaat niet, of u hebt geen toegang tot dit netwerk.", "Terug naar Tasklist");
		}
		ExportTable table = exports.export(viewer.get(), network.get(), kind.get());
		log.info("Export {} of network {} ({}, {} rows) for {}", kind.get().slug(), network.get().code(), extension,
				table.rows().size(), viewer.get().userId());
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(network.get(), kind.get(), extension)).build().toString())
			.body(writer.apply(table));
	}

	/** {@code DEMO-2027-1-evaluaties.csv}: only letters, digits, dashes and dots. */
	static String fileName(Network network, Kind kind, String extension) {
		return network.code().replaceAll("[^A-Za-z0-9-]", "-") + "-" + kind.slug() + "." + extension;
	}

	private static String refuse(HttpServletResponse response, Model model, int status, String title, String message,
			String link) {
		response.setStatus(status);
		model.addAttribute("title", title);
		model.addAttribute("message", message);
		model.addAttribute("link", link);
		return REFUSED;
	}

}
