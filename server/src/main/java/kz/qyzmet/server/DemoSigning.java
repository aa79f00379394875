package kz.qyzmet.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.qyzmet.adapters.signature.SigningAuthority;
import kz.qyzmet.adapters.signature.TrustMaterial;
import kz.qyzmet.application.request.port.in.ActingUser;
import kz.qyzmet.domain.catalog.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled server's demo signing material: a demo certification authority ({@code <data-dir>/demo/demo-ca.pem})
 * and, for each demo applicant, a certificate with their IIN in the subject's serialNumber and its private key
 * ({@code <data-dir>/demo/<account>.crt} and {@code .key}, PEM), to sign portal submissions with, for example with
 * {@code openssl cms -sign}. Only in demo mode ({@code --demo}), with the demo tokens; the folder is its owner's
 * only (0700) and so is every file in it (0600), the keys above all. The demo authority is trusted only while its certificate is in the data directory,
 * and the server says so loudly at every start; its own private key is never written, so it issues nothing more.
 */
final class DemoSigning {

    /** The demo material's folder in the data directory. */
    static final String DEMO_DIR = "demo";
    /** The demo authority's certificate in that folder. */
    static final String DEMO_CA = "demo-ca.pem";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSigning.class);
    private static final Duration VALIDITY = Duration.ofDays(2 * 365);

    private DemoSigning() {
    }

    /** Creates the demo authority and a certificate and key for each demo applicant, valid two years from now. */
    static void create(Path dataDir, List<ActingUser> users, Clock clock) {
        Path demo = dataDir.resolve(DEMO_DIR);
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(1));
        SigningAuthority authority = SigningAuthority.create("Qyzmet DEMO signing CA (not for real signatures)", from, now.plus(VALIDITY));
        try {
            Files.createDirectories(demo);
            restrict(demo, DataDirectory.DIRECTORY);
            writePrivate(demo.resolve(DEMO_CA), SigningAuthority.pem(authority.certificate()));
            for (ActingUser user : users) {
                if (user.role() != Role.APPLICANT) {
                    continue;
                }
                SigningAuthority.Signer signer = authority.issue(user.user(), user.iin(), from, now.plus(VALIDITY), true);
                writePrivate(demo.resolve(user.user() + ".crt"), SigningAuthority.pem(signer.certificate()));
                writePrivate(demo.resolve(user.user() + ".key"), SigningAuthority.pem(signer.key()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("data-dir: cannot write the demo signing material to " + demo.toAbsolutePath(), e);
        }
        System.out.println("Qyzmet created demo signing material in " + demo.toAbsolutePath() + ": a demo CA and, for each demo applicant,"
                + " <account>.crt and <account>.key to sign portal submissions with (openssl cms -sign -binary -outform DER).");
    }

    /**
     * The trust anchors and revocation lists of {@code <data-dir>/trust/}, plus the demo authority while its
     * certificate is in the data directory — announced with a warning, since anyone holding a demo key can then sign.
     */
    static TrustMaterial trust(Path dataDir, Path trustDir) {
        TrustMaterial trust = TrustMaterial.read(trustDir);
        Path demoCa = dataDir.resolve(DEMO_DIR).resolve(DEMO_CA);
        if (Files.exists(demoCa)) {
            trust = trust.trusting(TrustMaterial.readAuthority(demoCa));
            LOG.warn("!!! DEMO SIGNING CA TRUSTED: {} — signatures made with the demo keys in {} are accepted as real. "
                    + "Delete {} before real use.", demoCa.toAbsolutePath(), demoCa.getParent().toAbsolutePath(), demoCa.getParent().toAbsolutePath());
        }
        LOG.info("Signature trust: {} certification authorities, {} revocation lists (from {})", trust.authorities().size(),
                trust.revocations().size(), trustDir.toAbsolutePath());
        return trust;
    }

    /**
     * Writes a file of the data directory its owner's only (0600) from the start, like every file there: a private
     * key is never readable by others, not even between its creation and a later chmod.
     */
    private static void writePrivate(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (posix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(DataDirectory.FILE));
            // the umask may have taken bits the attribute asked for, never added any: set them as meant
            Files.setPosixFilePermissions(file, DataDirectory.FILE);
        }
        Files.writeString(file, text);
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static boolean posix(Path path) {
        try {
            return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }
}
