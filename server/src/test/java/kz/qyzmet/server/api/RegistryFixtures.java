package kz.qyzmet.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import kz.qyzmet.domain.request.Iin;

/**
 * The four registry files the end-to-end tests put in the server's data directory before it starts: the test
 * applicants and a representative as persons with addresses, school territories, powers of attorney (one valid
 * through 2026 for some services, one expired, one from another principal) and phones. Everybody is fictional.
 */
final class RegistryFixtures {

    /** The representative of {@link ApiServer#APPLICANT_IIN}. */
    static final String REPRESENTATIVE_IIN = "850101300015";
    /** Valid 2026-01-01..2026-12-31 for the duplicate, meals and transfer, from the applicant to the representative. */
    static final String VALID_POA = "POA-2026/17";
    /** Valid only through 2025. */
    static final String EXPIRED_POA = "POA-2025/3";
    /** Given by {@link ApiServer#OTHER_IIN}, not by the applicant. */
    static final String OTHER_PRINCIPALS_POA = "POA-2026/40";

    /** Fifty more registered persons (born 1988-02-02, no address), for cases that need an applicant of their own. */
    static final List<String> TEST_APPLICANTS = IntStream.range(0, 200).mapToObj(n -> "8802023" + String.format("%04d", n))
            .flatMap(prefix -> IntStream.range(0, 10).mapToObj(check -> prefix + check)).filter(Iin::isValid).limit(50).toList();

    static final String PERSONS = """
            {"persons": [
              {"iin": "061211600012", "surname": "Сейтқали", "givenName": "Айгерім", "birthDate": "2006-12-11",
               "address": "Астана, Мәңгілік Ел даңғылы, 8, пәтер 12"},
              {"iin": "960315300011", "surname": "Омаров", "givenName": "Нұрлан", "birthDate": "1996-03-15",
               "address": "Астана, Тұран даңғылы, 20, пәтер 41"},
              {"iin": "850101300015", "surname": "Сейтқали", "givenName": "Марат", "patronymic": "Ерланұлы",
               "birthDate": "1985-01-01"}
            %s]}""".formatted(String.join("", TEST_APPLICANTS.stream().map(iin -> ",\n  {\"iin\": \"" + iin
            + "\", \"surname\": \"Test\", \"givenName\": \"Applicant\", \"birthDate\": \"1988-02-02\"}").toList()));

    static final String TERRITORIES = """
            {"territories": [
              {"school": "school-1", "addresses": ["Астана, Мәңгілік Ел даңғылы, 8"]},
              {"school": "school-2", "addresses": ["Астана, Тұран даңғылы, 20"]}
            ]}""";

    static final String POWERS_OF_ATTORNEY = """
            {"powersOfAttorney": [
              {"number": "POA-2026/17", "principal": "061211600012", "representative": "850101300015",
               "services": ["education-document-duplicate", "school-meals", "school-transfer"],
               "validFrom": "2026-01-01", "validTo": "2026-12-31", "notary": "Notary A. Seitkali, Astana"},
              {"number": "POA-2025/3", "principal": "061211600012", "representative": "850101300015",
               "services": ["education-document-duplicate"], "validFrom": "2025-01-01", "validTo": "2025-12-31",
               "notary": "Notary A. Seitkali, Astana"},
              {"number": "POA-2026/40", "principal": "960315300011", "representative": "850101300015",
               "services": ["education-document-duplicate"], "validFrom": "2026-01-01", "validTo": "2026-12-31",
               "notary": "Notary B. Omarova, Almaty"}
            ]}""";

    static final String MOBILE_CITIZENS = """
            {"mobileCitizens": [{"iin": "061211600012", "phone": "+77011234567"}]}""";

    private RegistryFixtures() {
    }

    /** Writes the four files into the data directory. */
    static void writeInto(Path data) {
        write(data, "persons.json", PERSONS);
        write(data, "territories.json", TERRITORIES);
        write(data, "powers-of-attorney.json", POWERS_OF_ATTORNEY);
        write(data, "mobile-citizens.json", MOBILE_CITIZENS);
    }

    static void write(Path data, String file, String content) {
        try {
            Files.createDirectories(data);
            Files.writeString(data.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
