package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.ExplanationText;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;

/** The README's "Deadlines from Java" example, kept runnable. */
class DeadlineEmbeddingExampleTest {

    @Test
    void readmeExample() {
        // README snippet start
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        WorkingCalendar calendar = JsonCalendarSource.builtIn().calendar();
        DeadlinePolicy policy = new DeadlinePolicy(calendar, almaty, Qyzmet.DEFAULT_PROVIDER_HOURS);
        ServiceStandard duplicate = JsonCatalogSource.builtIn().catalog().find("803005").orElseThrow();

        Deadline deadline = policy.deadline(duplicate.id(), duplicate.versionOn(LocalDate.of(2025, 3, 17)).orElseThrow(),
                Channel.PROVIDER_OFFICE, Instant.parse("2025-03-17T05:00:00Z"));
        List<String> explanation = new ExplanationText(Language.EN, almaty).render(deadline.explanation());
        explanation.forEach(System.out::println);           // … Due: 2025-04-10 18:00 +05:00
        // README snippet end

        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2025-04-10T13:00:00Z"));
        assertThat(explanation.get(explanation.size() - 1)).isEqualTo("Due: 2025-04-10 18:00 +05:00");
    }
}
