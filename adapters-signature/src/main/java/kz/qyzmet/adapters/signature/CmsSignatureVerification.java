package kz.qyzmet.adapters.signature;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderResult;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.qyzmet.application.request.port.out.SignatureVerification;
import kz.qyzmet.domain.request.Iin;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies detached CMS (PKCS#7) signatures with BouncyCastle, RSA and ECDSA, in this order: the signature is a
 * detached CMS signature with one signer and the signer's certificate (else {@code MALFORMED}); it signs these very
 * bytes ({@code CONTENT_CHANGED}); the certificate is valid at the signing moment ({@code CERTIFICATE_EXPIRED});
 * it chains (PKIX) to a trusted authority at that moment ({@code UNTRUSTED}); neither it nor an authority of its
 * chain is on a revocation list of its issuer at that moment ({@code CERTIFICATE_REVOKED}); it has the
 * digitalSignature key usage ({@code WRONG_KEY_USAGE}); and its subject's serialNumber is {@code IIN} and the
 * signer's 12 digits, as Kazakhstan's national certification authority (NCA RK) writes it ({@code IIN_MISMATCH}).
 *
 * <p>Kazakh GOST 34.310 signatures need the NCA's own provider: verify those with another implementation of
 * {@link SignatureVerification}, such as one that delegates to an NCANode server.
 */
public final class CmsSignatureVerification implements SignatureVerification {

    private static final Logger LOG = LoggerFactory.getLogger(CmsSignatureVerification.class);
    private static final Pattern NCA_SERIAL_NUMBER = Pattern.compile("IIN(\\d{12})");
    private static final int DIGITAL_SIGNATURE = 0;

    private final Provider provider = new BouncyCastleProvider();
    private final Set<TrustAnchor> anchors;
    private final List<X509CRL> revocations;

    public CmsSignatureVerification(TrustMaterial trust) {
        Objects.requireNonNull(trust, "trust: required");
        this.anchors = trust.authorities().stream().map(authority -> new TrustAnchor(authority, null)).collect(Collectors.toUnmodifiableSet());
        this.revocations = trust.revocations();
    }

    @Override
    public SignatureCheck verify(byte[] content, byte[] signature, Iin signer, Instant at) {
        Objects.requireNonNull(signer, "signer: required");
        Objects.requireNonNull(at, "at: required");
        if (content == null || signature == null) {
            return SignatureCheck.MALFORMED;
        }
        CMSSignedData signed;
        SignerInformation signerInfo;
        X509Certificate certificate;
        List<X509Certificate> enclosed = new ArrayList<>();
        try {
            if (!new CMSSignedData(signature).isDetachedSignature()) {
                return SignatureCheck.MALFORMED;
            }
            signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return SignatureCheck.MALFORMED;
            }
            signerInfo = signers.iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(provider);
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matching = signed.getCertificates().getMatches(signerInfo.getSID());
            if (matching.isEmpty()) {
                return SignatureCheck.MALFORMED;
            }
            certificate = converter.getCertificate(matching.iterator().next());
            for (Object holder : signed.getCertificates().getMatches(null)) {
                enclosed.add(converter.getCertificate((X509CertificateHolder) holder));
            }
        } catch (CMSException | CertificateException | RuntimeException e) {
            LOG.debug("Signature malformed: {}", e.getMessage());
            return SignatureCheck.MALFORMED;
        }
        try {
            // built from the key alone: the signing moment is the one given, not the signer's own signingTime attribute
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider).build(certificate.getPublicKey()))) {
                return SignatureCheck.CONTENT_CHANGED;
            }
        } catch (CMSSignerDigestMismatchException e) {
            return SignatureCheck.CONTENT_CHANGED;
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            LOG.debug("Signature malformed: {}", e.getMessage());
            return SignatureCheck.MALFORMED;
        }
        Date moment = Date.from(at);
        try {
            certificate.checkValidity(moment);
        } catch (CertificateException e) {
            return SignatureCheck.CERTIFICATE_EXPIRED;
        }
        List<X509Certificate> chain = chain(certificate, enclosed, moment);
        if (chain == null) {
            return SignatureCheck.UNTRUSTED;
        }
        if (chain.stream().anyMatch(link -> revoked(link, moment))) {
            return SignatureCheck.CERTIFICATE_REVOKED;
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null || !usage[DIGITAL_SIGNATURE]) {
            return SignatureCheck.WRONG_KEY_USAGE;
        }
        return signer.value().equals(iinOf(certificate)) ? SignatureCheck.VALID : SignatureCheck.IIN_MISMATCH;
    }

    /** The certificate and the authorities above it up to (not including) a trust anchor, or null when there is no such path. */
    private List<X509Certificate> chain(X509Certificate certificate, List<X509Certificate> enclosed, Date moment) {
        if (anchors.isEmpty()) {
            return null;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setDate(moment);
            parameters.setRevocationEnabled(false);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(enclosed)));
            CertPathBuilderResult result = CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> chain = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(link -> chain.add((X509Certificate) link));
            chain.add(((PKIXCertPathBuilderResult) result).getTrustAnchor().getTrustedCert());
            return chain;
        } catch (GeneralSecurityException e) {
            LOG.debug("No certification path: {}", e.getMessage());
            return null;
        }
    }

    /** Whether a revocation list signed by the certificate's issuer lists it as revoked at the moment. */
    private boolean revoked(X509Certificate certificate, Date moment) {
        for (X509CRL crl : revocations) {
            if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null && !entry.getRevocationDate().after(moment)) {
                return true;
            }
        }
        return false;
    }

    /** The IIN in the subject's serialNumber ({@code IIN} + 12 digits), or null when there is none. */
    private static String iinOf(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.SERIALNUMBER)) {
            var matcher = NCA_SERIAL_NUMBER.matcher(IETFUtils.valueToString(rdn.getFirst().getValue()));
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return null;
    }
}
