package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.YearAnchor;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Every member of the closed family of intake refusal reasons says what it is: its own report line, its own
 * text in Kazakh, Russian and English, and its facts. A once-per-school-year refusal is never told as a power of
 * attorney.
 */
class IntakeRefusalReasonFamilyTest {

    private static final Citation SOURCE = new Citation("004", Language.RU, "row 1", "текст");
    private static final RequestId EARLIER = RequestId.parse("0193a1b2-0000-7000-8000-000000000001");

    /** One of each member; the test below fails when a member is added without being listed here. */
    private static final List<IntakeRefusalReason> ONE_OF_EACH = List.of(
            new IntakeRefusalReason.MissingDocument(CatalogCode.of("identity-document"), LocalizedText.of("жеке куәлік", "удостоверение личности")),
            new IntakeRefusalReason.ExpiredDocument(CatalogCode.of("medical-certificate"), LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 10)),
            new IntakeRefusalReason.WindowClosed(LocalDate.of(2025, 12, 2), List.of(new IntakeWindow(CatalogCode.of("externat"),
                    LocalizedText.of("1 желтоқсанға дейін", "не позднее 1 декабря"), MonthDay.of(9, 1), MonthDay.of(12, 1),
                    YearAnchor.SCHOOL_YEAR, SOURCE))),
            new IntakeRefusalReason.NoPersonalDataConsent(),
            new IntakeRefusalReason.StandardGround(new RefusalGround(CatalogCode.of("unreliable-documents"),
                    LocalizedText.of("құжаттардың анық еместігі", "недостоверность документов"), RefusalStage.INTAKE, SOURCE)),
            new IntakeRefusalReason.PowerOfAttorneyNotConfirmed("№ 1234"),
            new IntakeRefusalReason.AlreadyThisSchoolYear(CatalogCode.of("attestation-once-per-school-year"), EARLIER, LocalDate.of(2024, 9, 1)));

    @Test
    void oneOfEveryMemberIsListed() {
        Set<Class<?>> members = new HashSet<>(Arrays.asList(IntakeRefusalReason.class.getPermittedSubclasses()));
        assertThat(ONE_OF_EACH.stream().map(Object::getClass).toList()).containsExactlyInAnyOrderElementsOf(members);
    }

    /** The names the API and the stored data answer with, pinned: declared on each member, whatever the record is called. */
    @Test
    void everyMemberPublishesItsPinnedTypeName() {
        assertThat(ONE_OF_EACH.stream().map(IntakeRefusalReason::typeName).toList()).containsExactly("MissingDocument", "ExpiredDocument",
                "WindowClosed", "NoPersonalDataConsent", "StandardGround", "PowerOfAttorneyNotConfirmed", "AlreadyThisSchoolYear");
        assertThat(IntakeRefusalReason.TYPE_NAMES).containsExactlyElementsOf(ONE_OF_EACH.stream().map(IntakeRefusalReason::typeName).toList());
    }

    @Test
    void everyMemberHasItsOwnReportLine() {
        assertThat(ONE_OF_EACH.stream().map(IntakeRefusalReason::reportKey).toList()).containsExactly(
                "MISSING_DOCUMENT:identity-document", "EXPIRED_DOCUMENT:medical-certificate", "WINDOW_CLOSED", "NO_PERSONAL_DATA_CONSENT",
                "STANDARD_GROUND:unreliable-documents", "POWER_OF_ATTORNEY_NOT_CONFIRMED",
                "ALREADY_THIS_SCHOOL_YEAR:attestation-once-per-school-year");
    }

    @Test
    void everyMemberHasItsOwnTextInEachLanguage() {
        for (Language language : Language.values()) {
            List<String> texts = ONE_OF_EACH.stream().map(reason -> reason.text().in(language).text()).toList();
            assertThat(texts).doesNotHaveDuplicates().allSatisfy(text -> assertThat(text).isNotBlank());
        }
        ONE_OF_EACH.stream().filter(reason -> !(reason instanceof IntakeRefusalReason.StandardGround)).forEach(reason -> {
            assertThat(reason.text().in(Language.EN).language()).isEqualTo(Language.EN);
            assertThat(reason.text().in(Language.EN).translated()).isTrue();
        });
    }

    @Test
    void aSecondRequestInOneSchoolYearIsToldAsSuchNotAsAPowerOfAttorney() {
        LocalizedText text = ONE_OF_EACH.get(6).text();
        assertThat(text.in(Language.RU).text()).contains("один раз в учебном году", EARLIER.value().toString(), "2024-09-01")
                .doesNotContain("доверенность");
        assertThat(text.in(Language.KK).text()).contains("оқу жылында 1 рет").doesNotContain("сенімхат");
        assertThat(text.in(Language.EN).text()).contains("once per school year");
    }

    @Test
    void everyMemberShowsItsFacts() {
        assertThat(ONE_OF_EACH.stream().map(IntakeRefusalReason::facts).map(Map::keySet).map(List::copyOf).toList()).containsExactly(
                List.of("code", "name"), List.of("code", "issuedOn", "validUntil"), List.of("day", "windows"), List.of(),
                List.of("code", "text"), List.of("powerOfAttorney"), List.of("code", "earlier", "schoolYearStart"));
        assertThat(ONE_OF_EACH.get(2).facts().get("windows")).isEqualTo(List.of(LocalizedText.of("1 желтоқсанға дейін", "не позднее 1 декабря")));
        assertThat(ONE_OF_EACH.get(6).facts().get("earlier")).isEqualTo(EARLIER.value().toString());
    }
}
