package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.DeadlineState;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.Receipt;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Data stored by an earlier Qyzmet still reads. The fixtures under {@code stored/v4/} are the JSON the JDBC store
 * wrote for a submission and for one event of every kind at schema version 4 (Java class names), those under
 * {@code stored/v9/} the same at schema version 9 (stored names, but the JDK's collection classes such as
 * {@code java.util.ImmutableCollections$ListN}), each captured from the code of its day (run with
 * {@code -Dqyzmet.captureStoredPayloads=<directory>} to capture the current form). A new kind of event without a
 * fixture fails here; a change of the stored form that cannot read them fails here.
 */
class StoredPayloadFixturesTest {

    private static final Instant AT = StoredRequests.thursdayBeforeNauryz();
    private static final RequestId CAPTURED_ID = RequestId.parse("6e0765f5-0f71-4c2b-b379-069c5c249ae4");

    private final RequestJson json = new RequestJson();

    @Test
    void everyKindOfEventHasAStoredFixture() {
        assertThat(everyKind().values()).extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(StoredTypeNamesTest.members(RequestEvent.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v4", "v9"})
    void eventsStoredAtAnEarlierSchemaVersionStillRead(String version) throws IOException {
        for (Map.Entry<String, RequestEvent> kind : everyKind().entrySet()) {
            RequestEvent read = json.event(fixture(version, kind.getKey()));
            if (read instanceof RequestEvent.RequestAccepted accepted && kind.getValue() instanceof RequestEvent.RequestAccepted made) {
                // the planned steps are computed by today's policies; what was stored then reads back as it was stored
                assertThat(List.of(accepted.header(), accepted.receipt(), accepted.version(), accepted.deadline().dueAt()))
                        .as(kind.getKey()).isEqualTo(List.of(made.header(), made.receipt(), made.version(), made.deadline().dueAt()));
                assertThat(accepted.steps()).as("the stored steps").isNotEmpty();
                // the explanation is read when its lines are read (RequestJson), and reads as it was stored
                assertThat(accepted.deadline().explanation().lines()).as("the stored explanation")
                        .isEqualTo(made.deadline().explanation().lines());
            } else {
                assertThat(read).as(kind.getKey()).isEqualTo(kind.getValue());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v4", "v9"})
    void aSubmissionStoredAtAnEarlierSchemaVersionStillReads(String version) throws IOException {
        assertThat(json.submission(fixture(version, "Submission"))).isEqualTo(submission());
    }

    /** The fixtures are what they say: the v9 ones hold the JDK's collection class names that the store no longer writes. */
    @Test
    void theVersion9FixturesHoldTheJdkCollectionClassNames() throws IOException {
        assertThat(fixture("v9", "RequestAccepted")).contains("\"java.util.ImmutableCollections$ListN\"")
                .contains("\"RequestEvent.RequestAccepted\"");
        assertThat(fixture("v4", "RequestAccepted")).contains("\"kz.qyzmet.domain.request.RequestEvent$RequestAccepted\"");
    }

    @Test
    void whatIsWrittenNowNamesNoJavaClass() {
        for (RequestEvent event : everyKind().values()) {
            assertThat(json.write(event)).as(event.typeName()).doesNotContain("java.").doesNotContain("kz.qyzmet");
        }
        assertThat(json.write(submission())).doesNotContain("java.").doesNotContain("kz.qyzmet");
    }

    @Test
    void whatIsWrittenNowReadsBackTheSame() throws IOException {
        for (RequestEvent event : everyKind().values()) {
            assertThat(json.event(json.write(event))).isEqualTo(event);
        }
    }

    /** Not a check: writes the current stored form of every fixture when asked to (see the class comment). */
    @Test
    void capturesTheCurrentStoredFormWhenAsked() throws IOException {
        String directory = System.getProperty("qyzmet.captureStoredPayloads");
        if (directory == null) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(directory));
        for (Map.Entry<String, RequestEvent> kind : everyKind().entrySet()) {
            Files.writeString(dir.resolve(kind.getKey() + ".json"), json.write(kind.getValue()) + "\n");
        }
        Files.writeString(dir.resolve("Submission.json"), json.write(submission()) + "\n");
    }

    private static String fixture(String version, String name) throws IOException {
        String resource = "/stored/" + version + "/" + name + ".json";
        try (InputStream in = StoredPayloadFixturesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("fixture " + resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static Submission submission() {
        return StoredRequests.submitted(Channel.STATE_CORPORATION, AT, "school-1").submission();
    }

    /** One event of every kind, made the same way each time. */
    static Map<String, RequestEvent> everyKind() {
        ServiceRequest accepted = StoredRequests.accepted(Channel.STATE_CORPORATION, AT, "school-1");
        RequestEvent.RequestAccepted made = (RequestEvent.RequestAccepted) accepted.history().get(1);
        // the request's identity is random; the fixture holds the one it was captured with
        Receipt receipt = new Receipt(CAPTURED_ID, made.receipt().acceptedAt(), made.receipt().dueAt(), made.receipt().documents());
        RequestEvent.RequestAccepted acceptance = new RequestEvent.RequestAccepted(made.header(), receipt, made.version(),
                made.deadline(), made.steps());
        RequestEvent.IntakeRefused refusedNow = (RequestEvent.IntakeRefused) StoredRequests.refusedAtIntake(AT).history().get(1);
        RequestEvent.IntakeRefused intakeRefused = new RequestEvent.IntakeRefused(refusedNow.header(), refusedNow.reasons().stream()
                .map(reason -> reason instanceof IntakeRefusalReason.StandardGround ground
                        ? new IntakeRefusalReason.StandardGround(asCaptured(ground.ground())) : reason)
                .toList());
        Instant due = acceptance.deadline().dueAt();
        Actor head = Actor.staff(UserId.of("director"), Role.HEAD, ProviderId.of("school-1"));
        ServiceStandard duplicate = JsonCatalogSource.builtIn().catalog().find("803005").orElseThrow();
        List<RefusalGround> grounds = duplicate.versionOn(AT.atZone(StoredRequests.ALMATY).toLocalDate()).orElseThrow()
                .refusalGrounds().value().orElseThrow().subList(0, 1).stream().map(StoredPayloadFixturesTest::asCaptured).toList();
        Map<String, RequestEvent> kinds = new LinkedHashMap<>();
        kinds.put("RequestSubmitted", accepted.history().get(0));
        kinds.put("IntakeRefused", intakeRefused);
        kinds.put("RequestAccepted", acceptance);
        kinds.put("ExecutorAssigned", new RequestEvent.ExecutorAssigned(header(head, RequestStatus.ACCEPTED, RequestStatus.ASSIGNED, due),
                UserId.of("teacher-7")));
        kinds.put("ReviewStarted", new RequestEvent.ReviewStarted(header(head, RequestStatus.ASSIGNED, RequestStatus.IN_REVIEW, due)));
        kinds.put("RequestApproved", new RequestEvent.RequestApproved(header(head, RequestStatus.IN_REVIEW, RequestStatus.APPROVED, due)));
        kinds.put("RequestRefused", new RequestEvent.RequestRefused(header(head, RequestStatus.IN_REVIEW, RequestStatus.REFUSED, due),
                grounds, "the documents do not match the archive"));
        kinds.put("ResultReady", new RequestEvent.ResultReady(header(head, RequestStatus.APPROVED, RequestStatus.RESULT_READY, due)));
        kinds.put("HandedToStateCorporation", new RequestEvent.HandedToStateCorporation(
                header(head, RequestStatus.RESULT_READY, RequestStatus.AT_STATE_CORPORATION, due), AT.plusSeconds(31L * 86_400)));
        kinds.put("ReturnedToProvider", new RequestEvent.ReturnedToProvider(
                header(StoredRequests.OPERATOR, RequestStatus.AT_STATE_CORPORATION, RequestStatus.RETURNED_TO_PROVIDER, due)));
        kinds.put("ReRequested", new RequestEvent.ReRequested(
                header(StoredRequests.OPERATOR, RequestStatus.RETURNED_TO_PROVIDER, RequestStatus.AT_STATE_CORPORATION, due), AT.plusSeconds(86_400)));
        kinds.put("ResultIssued", new RequestEvent.ResultIssued(header(StoredRequests.OPERATOR, RequestStatus.RESULT_READY, RequestStatus.ISSUED, due)));
        kinds.put("RequestWithdrawn", new RequestEvent.RequestWithdrawn(header(head, RequestStatus.ACCEPTED, RequestStatus.WITHDRAWN, due)));
        Actor system = Actor.system("deadline-watch");
        kinds.put("DeadlineAtRisk", new RequestEvent.DeadlineAtRisk(header(system, RequestStatus.ACCEPTED, RequestStatus.ACCEPTED, due), 2, due));
        kinds.put("DeadlineOverdue", new RequestEvent.DeadlineOverdue(header(system, RequestStatus.ACCEPTED, RequestStatus.ACCEPTED, due), null, due));
        kinds.put("ReferralIssued", new RequestEvent.ReferralIssued(header(head, RequestStatus.ACCEPTED, RequestStatus.ACCEPTED, due),
                "Nursery school No. 5"));
        return kinds;
    }

    /**
     * The ground as the catalog worded it when the fixtures were captured (kk and ru; its English came later): stored
     * data keeps the words of its day, whatever the catalog says now.
     */
    private static RefusalGround asCaptured(RefusalGround ground) {
        if (!ground.code().value().equals("incomplete-package")) {
            throw new IllegalStateException("the fixtures hold the ground incomplete-package only, not " + ground.code());
        }
        return new RefusalGround(ground.code(), LocalizedText.of("құжаттардың топтамасын толық ұсынбау",
                "представление неполного пакета документов"), ground.stage(), ground.source());
    }

    private static RequestEvent.Header header(Actor actor, RequestStatus from, RequestStatus to, Instant due) {
        return new RequestEvent.Header(actor, AT.plusSeconds(3600), from, to, new DeadlineState(due, false));
    }
}
