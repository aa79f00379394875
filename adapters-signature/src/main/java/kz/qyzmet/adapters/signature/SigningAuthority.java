package kz.qyzmet.adapters.signature;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certification authority of its own, for demonstrations and tests only: it issues RSA certificates
 * to applicants the way NCA RK writes them (the IIN in the subject's serialNumber as {@code IIN} + 12 digits)
 * and revocation lists. Its certificates are trusted nowhere unless someone adds its certificate to the trust
 * anchors: the bundled server does that only for its demo material, loudly.
 */
public final class SigningAuthority {

    private static final Provider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X500Name name;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private SigningAuthority(X500Name name, KeyPair keys, X509Certificate certificate) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A new authority with a self-signed certificate valid between the two moments. */
    public static SigningAuthority create(String commonName, Instant from, Instant until) {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).addRDN(BCStyle.C, "KZ").build();
        KeyPair keys = rsa();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(from), Date.from(until), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new SigningAuthority(name, keys, certificate(builder, keys.getPrivate()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("a demo certification authority cannot be created: " + e.getMessage(), e);
        }
    }

    /** The authority's certificate, the trust anchor for what it issues. */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * Issues a certificate to a person.
     *
     * @param commonName       the person's name
     * @param iin              the IIN written in the subject's serialNumber ({@code IIN} + 12 digits), or null for none
     * @param from             valid from
     * @param until            valid until
     * @param digitalSignature whether the key may sign (the digitalSignature key usage); else key encipherment only
     */
    public Signer issue(String commonName, String iin, Instant from, Instant until, boolean digitalSignature) {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName);
        if (iin != null) {
            subject.addRDN(BCStyle.SERIALNUMBER, "IIN" + iin);
        }
        subject.addRDN(BCStyle.C, "KZ");
        KeyPair person = rsa();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(from), Date.from(until), subject.build(),
                    person.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(digitalSignature ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                            : KeyUsage.keyEncipherment))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(certificate));
            return new Signer(certificate(builder, keys.getPrivate()), person.getPrivate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("a demo certificate cannot be issued: " + e.getMessage(), e);
        }
    }

    /** A revocation list issued at that moment, listing the certificates as revoked then. */
    public X509CRL revocationList(Instant at, List<X509Certificate> revoked) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(name, Date.from(at));
        builder.setNextUpdate(Date.from(at.plusSeconds(30L * 24 * 3600)));
        revoked.forEach(each -> builder.addCRLEntry(each.getSerialNumber(), Date.from(at), CRLReason.keyCompromise));
        try {
            X509CRLHolder holder = builder.build(contentSigner(keys.getPrivate()));
            return new JcaX509CRLConverter().setProvider(BC).getCRL(holder);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a revocation list cannot be issued: " + e.getMessage(), e);
        }
    }

    /** A certificate, key or revocation list in PEM; private keys as PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}). */
    public static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object instanceof PrivateKey key ? new JcaPKCS8Generator(key, null) : object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(contentSigner(issuerKey)));
    }

    static ContentSigner contentSigner(PrivateKey key) throws GeneralSecurityException {
        try {
            return new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(key);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java platform", e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).add(BigInteger.ONE);
    }

    @Override
    public String toString() {
        return "SigningAuthority[" + name + "]";
    }

    /**
     * A certificate issued by a {@link SigningAuthority} with its private key: signs content as an applicant's
     * signing tool would, a detached CMS signature in DER.
     *
     * @param certificate the certificate
     * @param key         its private key
     */
    public record Signer(X509Certificate certificate, PrivateKey key) {

        public Signer {
            Objects.requireNonNull(certificate, "certificate: required");
            Objects.requireNonNull(key, "key: required");
        }

        /** A detached CMS signature (DER) over the content, with the certificate enclosed. */
        public byte[] sign(byte[] content) {
            try {
                var generator = new org.bouncycastle.cms.CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                        new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                        .build(contentSigner(key), certificate));
                generator.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(List.of(certificate)));
                return generator.generate(new org.bouncycastle.cms.CMSProcessableByteArray(content), false).getEncoded();
            } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cms.CMSException | IOException e) {
                throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return "Signer[" + certificate.getSubjectX500Principal().getName().replaceAll("IIN\\d{12}", "IIN************") + "]";
        }
    }
}
