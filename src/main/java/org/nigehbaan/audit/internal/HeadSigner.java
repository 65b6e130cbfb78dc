package org.nigehbaan.audit.internal;

import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.nigehbaan.audit.ChainVerification;
import org.nigehbaan.audit.SignedHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs the chain's head every few minutes and at shutdown with a key kept outside the database, stores the
 * signed head in {@code audit_signed_head} and appends it to a file the operator ships elsewhere. Before
 * signing, it checks the rows written since the last signed head, so it never vouches for a tampered tail.
 */
@Component
public class HeadSigner {

    private static final Logger log = LoggerFactory.getLogger(HeadSigner.class);
    /** Contexts in one JVM (tests) may share the file. */
    private static final Object FILE_LOCK = new Object();

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final SigningKey key;
    private final Path headsFile;

    HeadSigner(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
               AuditProperties properties, @Value("${nigehbaan.data-dir:./data}") Path dataDir) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(2_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        Path auditDir = dataDir.resolve("audit");
        Path keyFile = properties.signingKey() != null ? properties.signingKey() : auditDir.resolve("signing-key.pem");
        this.headsFile = properties.signedHeadsFile() != null ? properties.signedHeadsFile()
                : auditDir.resolve("signed-heads.csv");
        this.key = SigningKey.loadOrCreate(keyFile);
        log.info("audit: chain heads are signed with key {} ({}); signed heads are appended to {}", key.keyId(),
                keyFile.toAbsolutePath().normalize(), headsFile.toAbsolutePath().normalize());
    }

    @Scheduled(initialDelayString = "${nigehbaan.audit.signing-interval:PT5M}",
            fixedDelayString = "${nigehbaan.audit.signing-interval:PT5M}")
    void signPeriodically() {
        try {
            signHead();
        } catch (RuntimeException e) {
            log.warn("audit: the chain head could not be signed now ({}); next attempt at the next interval",
                    e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void signAtShutdown() {
        signPeriodically();
    }

    /**
     * Signs the current head unless it is already signed. Returns the new signed head, or empty when there
     * was nothing new to sign, or when the rows written since the last signed head do not verify (logged as an
     * error: someone must look before anything more is vouched for).
     */
    public synchronized Optional<SignedHead> signHead() {
        Head head = jdbc.sql("select seq, hash, chain_id::text from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        if (head.seq() == 0) {
            return Optional.empty();
        }
        Long lastSigned = jdbc.sql("select max(seq) from audit_signed_head where chain_id = ?::uuid")
                .param(head.chainId()).query(Long.class).optional().orElse(null);
        if (lastSigned != null && lastSigned >= head.seq()) {
            return Optional.empty();
        }
        // In a transaction, so that the rows stream through a cursor however many were written since.
        ChainVerification tail = readOnly.execute(s -> verifyTail(lastSigned == null ? 0 : lastSigned, head));
        if (!tail.intact()) {
            log.error("audit: NOT signing the chain head: rows written since the last signed head fail "
                    + "verification at row {}: {}", tail.firstBrokenSeq(), tail.problem());
            return Optional.empty();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] signature = key.sign(SignedHead.material(head.chainId(), head.seq(), head.hash(), at));
        SignedHead signed = new SignedHead(head.chainId(), head.seq(), head.hash(), at, key.keyId(),
                Base64.getEncoder().encodeToString(signature));
        jdbc.sql("insert into audit_signed_head (chain_id, seq, hash, signed_at, key_id, signature) "
                        + "values (?::uuid, ?, ?, ?, ?, ?)")
                .params(signed.chainId(), signed.seq(), signed.hash(), Timestamp.from(at), signed.keyId(),
                        signed.signature()).update();
        appendToFile(signed);
        return Optional.of(signed);
    }

    private ChainVerification verifyTail(long lastSigned, Head head) {
        String prev = lastSigned == 0 ? AuditChain.GENESIS
                : jdbc.sql("select hash from audit_log where seq = ?").param(lastSigned).query(String.class).single();
        AuditChain.Verifier verifier = new AuditChain.Verifier(lastSigned + 1, prev, List.of(), key.publicKey());
        streaming.query("select * from audit_log where seq > ? and seq <= ? order by seq", rs -> {
            verifier.accept(AuditRows.entry(rs));
        }, lastSigned, head.seq());
        return verifier.finish(new org.nigehbaan.audit.ChainHead(head.seq(), head.hash()));
    }

    /** This database's chain id. */
    public String chainId() {
        return jdbc.sql("select chain_id::text from audit_chain_head where id = 1").query(String.class).single();
    }

    /**
     * Every head signed for this chain, from the database and from the file outside it (a head deleted from
     * one is still found in the other), without repeats.
     */
    public List<SignedHead> signedHeads(String chainId) {
        Map<String, SignedHead> heads = new LinkedHashMap<>();
        jdbc.sql("select chain_id::text, seq, hash, signed_at, key_id, signature from audit_signed_head "
                        + "where chain_id = ?::uuid order by seq")
                .param(chainId)
                .query((rs, n) -> new SignedHead(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)))
                .list().forEach(h -> heads.put(h.signature(), h));
        for (SignedHead h : readFile()) {
            if (h.chainId().equals(chainId)) {
                heads.putIfAbsent(h.signature(), h);
            }
        }
        List<SignedHead> all = new ArrayList<>(heads.values());
        all.sort(java.util.Comparator.comparingLong(SignedHead::seq));
        return all;
    }

    public PublicKey publicKey() {
        return key.publicKey();
    }

    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    public Path headsFile() {
        return headsFile;
    }

    private List<SignedHead> readFile() {
        synchronized (FILE_LOCK) {
            if (!Files.exists(headsFile)) {
                return List.of();
            }
            try (BufferedReader in = Files.newBufferedReader(headsFile, StandardCharsets.UTF_8)) {
                return AuditCsv.readHeads(in);
            } catch (IOException e) {
                log.error("audit: the signed-heads file {} cannot be read: {}", headsFile, e.getMessage());
                return List.of();
            }
        }
    }

    private void appendToFile(SignedHead head) {
        synchronized (FILE_LOCK) {
            try {
                Path dir = headsFile.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                StringWriter line = new StringWriter();
                try (FileChannel channel = FileChannel.open(headsFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                     FileLock ignored = channel.lock()) {
                    if (channel.size() == 0) {
                        line.write(AuditCsv.HEADS_HEADER + "\r\n");
                    }
                    AuditCsv.writeHead(line, head);
                    channel.write(StandardCharsets.UTF_8.encode(line.toString()));
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the signed-heads file " + headsFile + " cannot be written", e);
            }
        }
    }

    private record Head(long seq, String hash, String chainId) {
    }
}
