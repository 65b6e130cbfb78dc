package org.nigehbaan.programme.internal;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.nigehbaan.common.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the steering-committee report. Both formats are reproducible: the same period on the same data gives
 * the same bytes, except the generation time (the CSV's {@code generated_at} line; the PDF's creation date and
 * the dated line on its first page).
 */
@Component
public class ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);
    /** The CSV line that carries the generation time: the only line that differs between two runs. */
    public static final String GENERATED_AT = "generated_at";
    /**
     * Noto Naskh Arabic (SIL Open Font License, {@code programme/fonts/OFL.txt}), shipped with the service: Debian's
     * DejaVu Sans lacks Urdu's heh goal (U+06C1) and yeh barree (U+06D2).
     */
    static final String URDU_FONT = "/programme/fonts/NotoNaskhArabic-Regular.ttf";

    private final ProgrammeProperties properties;

    ReportWriter(ProgrammeProperties properties) {
        this.properties = properties;
    }

    /**
     * One line per figure: {@code section,table,row,figure,value}; headline figures have table {@code headline}.
     * Values as the pages show them ({@code 1234}, {@code 12.5%}, {@code <5}, {@code -}).
     */
    public byte[] csv(ReportingPeriod period, String district, List<Section> sections, Instant generatedAt) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("report", "Nigehbaan programme figures");
            csv.printRecord("period_from", period.from());
            csv.printRecord("period_to", period.to());
            csv.printRecord("district", district == null ? "all" : district);
            csv.printRecord(GENERATED_AT, generatedAt);
            csv.printRecord("section", "table", "row", "figure", "value");
            for (Section s : sections) {
                for (Section.Headline h : s.headlines()) {
                    csv.printRecord(s.key(), "headline", "", h.key(), h.value().text());
                }
                for (Section.Table t : s.tables()) {
                    for (Section.Row r : t.rows()) {
                        for (int c = 0; c < t.columns().size(); c++) {
                            csv.printRecord(s.key(), t.key(), r.label(), t.columns().get(c), r.cells().get(c).text());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The PDF of a rendered report page (XHTML). Latin text is set in {@code reportFont} (DejaVu Sans), Urdu in
     * Noto Naskh Arabic: laid out right to left by ICU's bidi algorithm and its letters joined by ICU's
     * ArabicShaping into presentation forms (openhtmltopdf's rtl support). That gives joined Naskh letters, not
     * Nastaliq, and no ligatures beyond those presentation forms.
     *
     * @param fingerprint what the report's content depends on (not the time): the document id is derived from
     *                    it, so that two runs on the same data give the same bytes
     */
    public byte[] pdf(String xhtml, String title, String fingerprint, Instant generatedAt) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.withProducer("Nigehbaan");
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
            if (Files.isReadable(properties.reportFont())) {
                builder.useFont(properties.reportFont().toFile(), "Report Latin");
            } else {
                log.warn("programme report: no font at {}; Latin text falls back to the PDF's built-in font",
                        properties.reportFont());
            }
            builder.useFont(() -> ReportWriter.class.getResourceAsStream(URDU_FONT), "Report Urdu");
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("Nigehbaan");
            info.setCreator("Nigehbaan");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(generatedAt.toEpochMilli());
            info.setCreationDate(created);
            byte[] id = digest(fingerprint);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] digest(String s) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
