package org.nigehbaan.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nigehbaan.common.KeyFiles;

/**
 * The Ed25519 key pair that signs the audit chain's head, kept in a file outside the database (both keys in one
 * PEM file, readable by its owner only) and created on first use. Its public half alone, in its own PEM file,
 * is what auditors need to check signed heads offline. Plain Java, so the offline verifier can use it too.
 */
public final class SigningKey {

    static final String ALGORITHM = "Ed25519";
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * Loads the key pair from {@code file}, creating it when the file does not exist (atomically: two instances
     * starting at once end up with the same key). Writes the public half beside it as {@code <file>.pub}.
     */
    public static SigningKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            PrivateKey priv = KeyFactory.getInstance(ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY", file)));
            PublicKey pub = publicKey(block(pem, "PUBLIC KEY", file));
            SigningKey key = new SigningKey(priv, pub);
            Path pubFile = publicKeyFile(file);
            if (!Files.exists(pubFile)) {
                Files.writeString(pubFile, key.publicKeyPem(), StandardCharsets.US_ASCII);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the audit signing key " + file + " cannot be read or written", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit signing key " + file + " is not an Ed25519 key pair", e);
        }
    }

    /** Where the public half of the key in {@code file} is written. */
    public static Path publicKeyFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".pub");
    }

    /** Reads a public key from a PEM file (as written beside the key, or downloaded from the API). */
    public static PublicKey readPublicKey(Path pemFile) throws IOException, GeneralSecurityException {
        return publicKey(block(Files.readString(pemFile, StandardCharsets.US_ASCII), "PUBLIC KEY", pemFile));
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        KeyFiles.createOnce(file, pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                + pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId(publicKey);
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** The first 16 hex digits of the SHA-256 of the public key's X.509 encoding. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
    }

    private static byte[] block(String pem, String type, Path file) throws GeneralSecurityException {
        Matcher m = BLOCK.matcher(pem);
        while (m.find()) {
            if (m.group(1).equals(type)) {
                return Base64.getMimeDecoder().decode(m.group(2));
            }
        }
        throw new GeneralSecurityException(file + " holds no " + type + " block");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
