package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.qyzmet.server.scenario.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The demo signing material: a certificate and key per demo applicant, and a demo authority trusted only while it is there, loudly. */
class DemoSigningTest {

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    @TempDir
    Path data;

    @Test
    void eachDemoApplicantGetsACertificateWithTheirIinAndTheDemoAuthorityIsTrustedOnlyWhileItIsThere() throws Exception {
        DemoSigning.create(data, DemoTokens.USERS, Clock.fixed(Instant.parse("2026-12-05T05:00:00Z"), ZoneOffset.UTC));
        Path demo = data.resolve(DemoSigning.DEMO_DIR);
        X509Certificate aigerim = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(demo.resolve("aigerim.crt"))));
        assertThat(aigerim.getSubjectX500Principal().toString()).contains("IIN061211600012");
        assertThat(aigerim.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(Files.readString(demo.resolve("aigerim.key"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(demo.resolve("clerk.crt")).as("staff sign nothing here").doesNotExist();

        assertThat(DemoSigning.trust(data, data.resolve("trust")).authorities()).hasSize(1);
        assertThat(logs.messages()).anyMatch(line -> line.contains("DEMO SIGNING CA TRUSTED"));

        Files.delete(demo.resolve(DemoSigning.DEMO_CA));
        assertThat(DemoSigning.trust(data, data.resolve("trust")).authorities()).isEmpty();
    }
}
