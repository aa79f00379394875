package kz.qyzmet.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.qyzmet.adapters.persistence.registryfile.RegistryFileException;
import kz.qyzmet.server.QyzmetServer;
import kz.qyzmet.server.ServerConfig;
import kz.qyzmet.server.scenario.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry files of the data directory in the running server: representatives with and without a valid power
 * of attorney, applicants the register of individuals does not know, the admission notification order with real
 * territories, and broken files that stop the start having changed nothing.
 */
class RegistriesApiTest extends ServerPerTest {

    private static final String DUPLICATE_BY_REPRESENTATIVE = """
            {"service": "%s", "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "061211600012",
             "representative": {"iin": "850101300015", "powerOfAttorney": "%s"},
             "documents": [{"code": "application"}, {"code": "identity-document"}], "personalDataConsent": true}""";

    /** A well-formed IIN that is in none of the test registries. */
    private static final String UNREGISTERED = "770707300012";

    private ApiServer.Answer intakeOfRepresentedRequest(String key, String service, String powerOfAttorney) {
        String id = api.submitted("clerk", key, DUPLICATE_BY_REPRESENTATIVE.formatted(service, powerOfAttorney));
        return api.act("clerk", id, "accept", null);
    }

    private static List<String> refusalKinds(ApiServer.Answer answer) {
        List<String> kinds = new ArrayList<>();
        answer.body().at("/history/1/details/reasons").forEach(reason -> kinds.add(reason.get("kind").asText()
                + (reason.has("powerOfAttorney") ? " " + reason.get("powerOfAttorney").asText() : "")));
        return kinds;
    }

    @Test
    void aRepresentativeIsAcceptedOnlyOnAPowerOfAttorneyValidForThatServiceFromThatPrincipalThatDay() {
        RegistryFixtures.writeInto(data);
        start(new MutableClock(2026, 3, 4, 10, 0));

        ApiServer.Answer valid = intakeOfRepresentedRequest("poa-valid", "education-document-duplicate", RegistryFixtures.VALID_POA);
        assertThat(valid.body().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(valid.body().at("/applicant/representativeIin").asText()).isEqualTo(RegistryFixtures.REPRESENTATIVE_IIN);

        ApiServer.Answer expired = intakeOfRepresentedRequest("poa-expired", "education-document-duplicate", RegistryFixtures.EXPIRED_POA);
        assertThat(expired.body().get("status").asText()).isEqualTo("INTAKE_REFUSED");
        assertThat(refusalKinds(expired)).containsExactly("PowerOfAttorneyNotConfirmed POA-2025/3");

        ApiServer.Answer otherService = intakeOfRepresentedRequest("poa-other-service", "camp-voucher", RegistryFixtures.VALID_POA);
        assertThat(otherService.body().get("status").asText()).isEqualTo("INTAKE_REFUSED");
        assertThat(refusalKinds(otherService)).contains("PowerOfAttorneyNotConfirmed POA-2026/17");

        ApiServer.Answer otherPrincipal = intakeOfRepresentedRequest("poa-other-principal", "education-document-duplicate",
                RegistryFixtures.OTHER_PRINCIPALS_POA);
        assertThat(otherPrincipal.body().get("status").asText()).isEqualTo("INTAKE_REFUSED");
        assertThat(refusalKinds(otherPrincipal)).containsExactly("PowerOfAttorneyNotConfirmed POA-2026/40");

        String atStateCorporation = api.submitted("operator", "poa-state-corporation", DUPLICATE_BY_REPRESENTATIVE
                .formatted("education-document-duplicate", RegistryFixtures.VALID_POA).replace("PROVIDER_OFFICE", "STATE_CORPORATION"));
        assertThat(api.act("operator", atStateCorporation, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");

        ApiServer.Answer unknownNumber = intakeOfRepresentedRequest("poa-unknown", "education-document-duplicate", "POA-2026/99");
        assertThat(refusalKinds(unknownNumber)).containsExactly("PowerOfAttorneyNotConfirmed POA-2026/99");
    }

    @Test
    void aPowerOfAttorneyIsCheckedOnTheDayTheRequestWasHandedInNotTheDayOfIntake() {
        RegistryFixtures.writeInto(data);
        // Thursday 31 December 2026, the power of attorney's last day; intake happens on the next working day.
        MutableClock clock = new MutableClock(2026, 12, 31, 10, 0);
        start(clock);
        String id = api.submitted("clerk", "poa-last-day", DUPLICATE_BY_REPRESENTATIVE.formatted("education-document-duplicate",
                RegistryFixtures.VALID_POA));
        clock.set(2027, 1, 5, 10, 0);
        assertThat(api.act("clerk", id, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aPersonTheRegisterDoesNotKnowCannotApplyOrRepresentAndNothingIsStored() {
        RegistryFixtures.writeInto(data);
        start(new MutableClock(2026, 3, 4, 10, 0));
        ApiServer.Answer unknownApplicant = api.submit("clerk", "unknown-applicant", ApiServer.SUBMISSION.replace("061211600012", UNREGISTERED));
        assertThat(unknownApplicant.status()).isEqualTo(400);
        assertThat(unknownApplicant.body().at("/errors/0/field").asText()).isEqualTo("applicantIin");
        assertThat(unknownApplicant.body().at("/errors/0/rule").asText()).isEqualTo("registered");

        ApiServer.Answer unknownRepresentative = api.submit("clerk", "unknown-representative",
                DUPLICATE_BY_REPRESENTATIVE.formatted("education-document-duplicate", "POA-2026/17").replace("850101300015", UNREGISTERED));
        assertThat(unknownRepresentative.status()).isEqualTo(400);
        assertThat(unknownRepresentative.body().at("/errors/0/field").asText()).isEqualTo("representative.iin");

        assertThat(api.as("clerk", "GET", "/requests", null).body().get("requests")).isEmpty();
    }

    @Test
    void theAdmissionNotificationOrderShowsTheTerritoriesOfTheRegisterOfAddresses() {
        List<String> own = RegistryFixtures.TEST_APPLICANTS.subList(0, 4);
        List<String> other = RegistryFixtures.TEST_APPLICANTS.subList(4, 6);
        String unknown = RegistryFixtures.TEST_APPLICANTS.get(6);
        StringBuilder persons = new StringBuilder("{\"persons\": [");
        for (int i = 0; i < 7; i++) {
            String iin = RegistryFixtures.TEST_APPLICANTS.get(i);
            String address = own.contains(iin) ? "Астана, Мәңгілік Ел даңғылы, " + (i % 2 == 0 ? 8 : 10) + ", пәтер " + i
                    : other.contains(iin) ? "Астана, Тұран даңғылы, 20, пәтер " + i : null;
            persons.append(i == 0 ? "" : ", ").append("{\"iin\": \"").append(iin).append("\", \"surname\": \"S\", \"givenName\": \"G\", ")
                    .append("\"birthDate\": \"1988-02-02\"").append(address == null ? "" : ", \"address\": \"" + address + "\"").append("}");
        }
        RegistryFixtures.write(data, "persons.json", persons.append("]}").toString());
        RegistryFixtures.write(data, "territories.json", """
                {"territories": [{"school": "school-1", "addresses": ["Астана, Мәңгілік Ел даңғылы, 8", "Астана, Мәңгілік Ел даңғылы, 10"]}]}""");
        MutableClock clock = new MutableClock(2026, 5, 5, 9, 0);
        start(clock);
        // Registered in this order: other, own, own, other, own, own, unknown
        List<String> registration = List.of(other.get(0), own.get(0), own.get(1), other.get(1), own.get(2), own.get(3), unknown);
        List<String> ids = new ArrayList<>();
        for (String iin : registration) {
            clock.set(2026, 5, 5, 9, 5 * (ids.size() + 1));
            String id = api.submitted("clerk", "order-" + iin, """
                    {"service": "school-admission", "grade": 1, "channel": "PROVIDER_OFFICE", "provider": "school-1", "applicantIin": "%s",
                     "documents": [{"code": "application"}, {"code": "identity-document"}, {"code": "medical-certificates"},
                                   {"code": "child-photo"}], "personalDataConsent": true}""".formatted(iin));
            assertThat(api.act("clerk", id, "accept", null).body().get("status").asText()).isEqualTo("ACCEPTED");
            ids.add(id);
        }

        JsonNode applicants = api.as("director", "GET", "/admissions/notification-order?year=2026", null).body().get("applicants");
        // three of the own territory, then one of the other, then the rest in turn, the unknown last (seed 000, annex 1, field 5)
        assertThat(applicants).extracting(a -> a.get("territory").asText())
                .containsExactly("OWN", "OWN", "OWN", "OTHER", "OWN", "OTHER", "UNKNOWN");
        assertThat(applicants).extracting(a -> a.get("request").asText()).containsExactly(
                ids.get(1), ids.get(2), ids.get(4), ids.get(0), ids.get(5), ids.get(3), ids.get(6));
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("persons.json", RegistryFixtures.PERSONS.replace("\"birthDate\": \"2006-12-11\"", "\"birthDate\": \"11.12.2006\""),
                        "persons[0].birthDate", "must be a date YYYY-MM-DD"),
                Arguments.of("powers-of-attorney.json", RegistryFixtures.POWERS_OF_ATTORNEY.replace("\"validTo\": \"2025-12-31\"", "\"validTo\": \"2024-12-31\""),
                        "powersOfAttorney[1].validTo", "must not be before validFrom"),
                Arguments.of("powers-of-attorney.json", RegistryFixtures.POWERS_OF_ATTORNEY.replace("\"school-meals\"", "\"school-dinners\""),
                        "powersOfAttorney[0].services[1]", "must be a service of the catalog"),
                Arguments.of("territories.json", RegistryFixtures.TERRITORIES.replace("\"school-2\"", "\"school-1\""),
                        "territories[1].school", "the same as entry 0's"),
                Arguments.of("mobile-citizens.json", RegistryFixtures.MOBILE_CITIZENS.replace("+77011234567", "8 701 123 45 67"),
                        "mobileCitizens[0].phone", "must be +7 and ten digits"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("brokenFiles")
    void aBrokenRegistryFileStopsTheStartNamingFileEntryFieldAndRuleAndChangesNothing(String file, String content, String path,
                                                                                      String rule) throws Exception {
        RegistryFixtures.writeInto(data);
        MutableClock clock = new MutableClock(2026, 3, 4, 10, 0);
        start(clock);
        String id = api.submitted("clerk", "before-the-break", ApiServer.SUBMISSION);
        ApiServer before = api;
        api.close();
        api = null;

        RegistryFixtures.write(data, file, content);
        ServerConfig config = new ServerConfig(0, "127.0.0.1", data, null, null, ZoneId.of("Asia/Almaty"), null);
        assertThatThrownBy(() -> QyzmetServer.start(config, clock)).isInstanceOfSatisfying(RegistryFileException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(file + ": " + e.path() + ": " + e.rule());
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.rule()).contains(rule);
        });
        assertThat(Files.readString(data.resolve(file))).isEqualTo(content);

        RegistryFixtures.writeInto(data);
        api = ApiServer.restart(data, clock, before);
        JsonNode kept = api.as("clerk", "GET", "/requests/" + id, null).body();
        assertThat(kept.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(kept.get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void territoriesWithoutPersonsStopTheStartForTheAddressesComeFromThePersons() {
        RegistryFixtures.write(data, "territories.json", RegistryFixtures.TERRITORIES);
        // the token file is there, so no demo registries are written: this data directory has no persons.json
        kz.qyzmet.adapters.rest.auth.TokenFile.create(data.resolve(QyzmetServer.TOKENS_FILE), ApiServer.USERS);
        ServerConfig config = new ServerConfig(0, "127.0.0.1", data, null, null, ZoneId.of("Asia/Almaty"), null);
        assertThatThrownBy(() -> QyzmetServer.start(config, new MutableClock(2026, 3, 4, 10, 0)))
                .isInstanceOfSatisfying(RegistryFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("territories.json");
                    assertThat(e.rule()).contains("needs persons.json");
                });
        assertThat(Files.exists(data.resolve("qyzmet.mv.db"))).as("no database created").isFalse();
    }

    @Test
    void theFirstStartWritesSampleRegistriesForTheDemoAndNeverOverwritesAnOperatorsFile() throws Exception {
        Path operatorsPhones = data.resolve("mobile-citizens.json");
        RegistryFixtures.write(data, "mobile-citizens.json", RegistryFixtures.MOBILE_CITIZENS);
        // demo material only when asked (issue 14): the first start in demo mode
        ServerConfig config = new ServerConfig(0, "127.0.0.1", data, null, null, ZoneId.of("Asia/Almaty"), null,
                ServerConfig.DEFAULT_DEADLINE_WATCH, true);
        try (QyzmetServer server = QyzmetServer.start(config, new MutableClock(2026, 3, 4, 10, 0))) {
            assertThat(server.port()).isPositive();
        }
        assertThat(Files.readString(operatorsPhones)).isEqualTo(RegistryFixtures.MOBILE_CITIZENS);
        assertThat(Files.readString(data.resolve("persons.json"))).contains("061211600012", "850101300015");
        assertThat(Files.readString(data.resolve("territories.json"))).contains("school-1", "school-2");
        assertThat(Files.readString(data.resolve("powers-of-attorney.json"))).contains("DEMO-POA/1", "\"validFrom\" : \"2026-02-04\"",
                "\"validTo\" : \"2027-03-04\"");
    }
}
