package org.nigehbaan.screening;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nigehbaan.identity.PassportNumber;
import org.nigehbaan.matching.ListedIdentity;
import org.nigehbaan.matching.ListedName;
import org.nigehbaan.matching.Traveller;
import org.nigehbaan.matching.bench.SyntheticIdentities;

/**
 * Writes the data for {@code scripts/load-test.sh}: a control-list import of {@code rows} synthetic Pakistani
 * identities (Zipf-distributed common names with a long tail, romanisation variants, aliases; the matching
 * engine's own generator) and {@code travellers} request bodies, half of them listed people written
 * differently, half strangers who share common name parts.
 *
 * <p>{@code LoadTestData <dir> <rows> <travellers> [seed]} writes {@code <dir>/import.csv},
 * {@code <dir>/travellers.jsonl} and {@code <dir>/last.json}: a screening of the import's last row by its CNIC, which
 * the script repeats until it stops the traveller, to time how soon the last of the rows is screenable.
 */
public final class LoadTestData {

    private LoadTestData() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int travellers = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        SyntheticIdentities generator = new SyntheticIdentities(seed);
        List<ListedIdentity> sample = new ArrayList<>();
        ListedIdentity last = null;
        LocalDate from = LocalDate.now().minusYears(1);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("import.csv"), StandardCharsets.UTF_8)) {
            w.write("external_id,list,ground,full_name,aliases,date_of_birth,gender,nationality,cnic,passport_numbers,"
                    + "effective_from,expires_on,legal_basis,reason\n");
            for (int i = 0; i < rows; i++) {
                ListedIdentity li = generator.next("LOAD-" + i);
                last = li;
                if (i % Math.max(1, rows / 20_000) == 0) {
                    sample.add(li);
                }
                String aliases = li.names().stream().skip(1).map(ListedName::text).map(n -> n.replace(",", ""))
                        .collect(Collectors.joining(";"));
                w.write(String.join(",", li.id(), "PCL", "DEPORTED_ILLEGAL_MIGRATION",
                        li.names().get(0).text().replace(",", ""), aliases,
                        li.datesOfBirth().isEmpty() ? "" : li.datesOfBirth().get(0).toString(),
                        li.gender() == null ? "" : li.gender().name(), "PAK", li.cnic().digits(),
                        li.documents().stream().map(PassportNumber::value).collect(Collectors.joining(";")),
                        from.minusDays(i % 1000).toString(), "", "Passports Rules 2021 r.22", "load test listing"));
                w.write('\n');
            }
        }
        if (last != null) {
            Files.writeString(dir.resolve("last.json"), "{\"purpose\":\"EXIT\",\"location\":\"LOAD-TEST\",\"traveller\":"
                    + "{\"fullName\":\"" + last.names().get(0).text().replace(",", "").replace("\"", "") + "\",\"cnic\":\""
                    + last.cnic().digits() + "\"}}\n", StandardCharsets.UTF_8);
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("travellers.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < travellers; i++) {
                Traveller t = generator.traveller(sample);
                String name = t.names().get(0).replace("<<", ", ").replace('<', ' ').replace("\"", "");
                StringBuilder body = new StringBuilder("{\"purpose\":\"").append(i % 4 == 3 ? "ENTRY" : "EXIT")
                        .append("\",\"location\":\"LOAD-TEST\",\"traveller\":{\"fullName\":\"").append(name).append('"');
                if (t.dateOfBirth() != null) {
                    body.append(",\"dateOfBirth\":\"").append(t.dateOfBirth()).append('"');
                }
                if (t.gender() != null) {
                    body.append(",\"gender\":\"").append(t.gender()).append('"');
                }
                w.write(body.append("}}\n").toString());
            }
        }
    }
}
