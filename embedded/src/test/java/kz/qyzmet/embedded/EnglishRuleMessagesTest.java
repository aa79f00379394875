package kz.qyzmet.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.application.validation.InvalidCommandException.Violation;
import org.junit.jupiter.api.Test;

/**
 * The rules a command breaks are worded in English whatever the JVM's default locale: the REST adapter words them in the
 * reader's language from that English, and a server in Kazakhstan often runs with a Russian default locale, where
 * Hibernate Validator would otherwise answer its own messages in Russian to an English reader.
 */
class EnglishRuleMessagesTest {

    @Test
    void aBrokenRuleIsWordedInEnglishUnderARussianDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        try {
            Qyzmet qyzmet = Qyzmet.builder().build();

            InvalidCommandException invalid = catchThrowableOfType(InvalidCommandException.class,
                    () -> qyzmet.validator().valid(new ShowStandardQuery(" ", null, null)));

            assertThat(invalid.violations()).containsExactly(
                    new Violation("on", "NotNull", "must not be null"),
                    new Violation("service", "NotBlank", "must not be blank"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRuleWithItsOwnMessageKeepsIt() {
        Qyzmet qyzmet = Qyzmet.builder().build();

        InvalidCommandException invalid = catchThrowableOfType(InvalidCommandException.class,
                () -> qyzmet.validator().valid(new ShowStandardQuery("803005", LocalDate.of(2026, 1, 5), "Not_A_Version")));

        assertThat(invalid.violations()).containsExactly(new Violation("version", "Pattern", "must be a version id such as 003-regulation-1"));
    }
}
