package org.nigehbaan.controllist.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.nigehbaan.accounts.Actor;
import org.nigehbaan.controllist.ControlListService;

/** The manifest download, for the API and the page alike. */
final class ImportManifest {

    private ImportManifest() {
    }

    static void write(ControlListService service, long importId, Actor by, HttpServletResponse response)
            throws IOException {
        service.importView(importId); // 404 before any header is written
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + importId + "-manifest.csv\"");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            service.writeManifest(importId, out, by);
        }
    }
}
