package kz.qyzmet.adapters.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What signatures are checked against: the certification authorities trusted (trust anchors) and their
 * certificate revocation lists. The bundled server reads them at start from {@code <data-dir>/trust/}: every
 * {@code *.pem} holds one or more CA certificates (PEM), every {@code *.crl} a revocation list (PEM or DER).
 *
 * @param authorities the trusted CA certificates
 * @param revocations the revocation lists
 */
public record TrustMaterial(List<X509Certificate> authorities, List<X509CRL> revocations) {

    public TrustMaterial {
        authorities = List.copyOf(Objects.requireNonNull(authorities, "authorities: required"));
        revocations = List.copyOf(Objects.requireNonNull(revocations, "revocations: required"));
    }

    /** Nothing trusted: every signature is untrusted. */
    public static TrustMaterial none() {
        return new TrustMaterial(List.of(), List.of());
    }

    /** This material and one more trusted authority. */
    public TrustMaterial trusting(X509Certificate authority) {
        List<X509Certificate> more = new ArrayList<>(authorities);
        more.add(Objects.requireNonNull(authority, "authority: required"));
        return new TrustMaterial(more, revocations);
    }

    /**
     * Reads the {@code *.pem} CA certificates and {@code *.crl} revocation lists of a directory; a missing
     * directory trusts nothing. A file that cannot be read, holds nothing, or holds a certificate that is not a CA's
     * is refused, naming the file.
     */
    public static TrustMaterial read(Path directory) {
        if (!Files.isDirectory(directory)) {
            return none();
        }
        List<X509Certificate> authorities = new ArrayList<>();
        List<X509CRL> revocations = new ArrayList<>();
        for (Path file : files(directory)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".pem")) {
                for (Certificate certificate : parse(file, factory -> factory.generateCertificates(open(file)))) {
                    authorities.add(authority(file, (X509Certificate) certificate));
                }
            } else if (name.endsWith(".crl")) {
                for (CRL crl : parse(file, factory -> factory.generateCRLs(open(file)))) {
                    revocations.add((X509CRL) crl);
                }
            }
        }
        return new TrustMaterial(authorities, revocations);
    }

    /** The one CA certificate of a PEM file, refused as {@link #read} refuses a file. */
    public static X509Certificate readAuthority(Path file) {
        List<X509Certificate> authorities = new ArrayList<>();
        for (Certificate certificate : parse(file, factory -> factory.generateCertificates(open(file)))) {
            authorities.add(authority(file, (X509Certificate) certificate));
        }
        if (authorities.size() != 1) {
            throw new TrustFileException(file + ": must hold exactly one certificate, holds " + authorities.size());
        }
        return authorities.get(0);
    }

    private static X509Certificate authority(Path file, X509Certificate authority) {
        if (authority.getBasicConstraints() < 0) {
            throw new TrustFileException(file + ": " + authority.getSubjectX500Principal().getName()
                    + " is not a certification authority's certificate (basicConstraints CA:true is missing)");
        }
        return authority;
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new TrustFileException(directory + ": cannot be listed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        Collection<? extends T> parse(CertificateFactory factory) throws CertificateException, java.security.cert.CRLException, IOException;
    }

    private static <T> Collection<? extends T> parse(Path file, Parser<T> parser) {
        try {
            Collection<? extends T> parsed = parser.parse(CertificateFactory.getInstance("X.509"));
            if (parsed.isEmpty()) {
                throw new TrustFileException(file + ": holds no " + (file.toString().endsWith(".crl") ? "revocation list" : "certificate"));
            }
            return parsed;
        } catch (CertificateException | java.security.cert.CRLException | IOException e) {
            throw new TrustFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        return new java.io.ByteArrayInputStream(Files.readAllBytes(file));
    }
}
