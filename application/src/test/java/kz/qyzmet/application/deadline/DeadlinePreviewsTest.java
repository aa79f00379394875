package kz.qyzmet.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.catalog.TwoVersionCatalog;
import kz.qyzmet.application.deadline.port.in.DeadlinePreview;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineQuery;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineUseCase;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import org.junit.jupiter.api.Test;

/**
 * The deadline preview through its port, on a catalog and a calendar held in memory: the version in force on the
 * day a request would be accepted governs it (DESIGN rule 1: after hours, acceptance moves to the next opening).
 */
class DeadlinePreviewsTest {

    private static final ZoneId ALMATY = NineToSix.ALMATY;

    private final PreviewDeadlineUseCase previews = new DeadlinePreviews(
            new CatalogServices(TwoVersionCatalog::catalog, TwoVersionCatalog.validator()),
            NineToSix.policy(2019, 2021),
            TwoVersionCatalog.validator());

    private static OffsetDateTime almaty(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ALMATY).toOffsetDateTime();
    }

    @Test
    void aRequestAcceptedWithinHoursIsGovernedByTheVersionInForceThatDay() {
        DeadlinePreview preview = previews.preview(new PreviewDeadlineQuery("803005", Channel.PROVIDER_OFFICE, almaty(2019, 12, 31, 10)));
        assertThat(preview.standard().version().id().value()).isEqualTo("v2015");
        assertThat(preview.deadline().acceptance().acceptedAt()).isEqualTo(almaty(2019, 12, 31, 10).toInstant());
    }

    @Test
    void aRequestReceivedAfterHoursOnTheLastDayOfAVersionIsGovernedByTheNextOne() {
        DeadlinePreview preview = previews.preview(new PreviewDeadlineQuery("803005", Channel.PROVIDER_OFFICE, almaty(2019, 12, 31, 20)));
        assertThat(preview.deadline().acceptance().acceptedAt()).as("the next opening: Wednesday 1 January 2020, 09:00")
                .isEqualTo(almaty(2020, 1, 1, 9).toInstant());
        assertThat(preview.standard().version().id().value()).isEqualTo("v2020");
        assertThat(preview.channel()).isEqualTo(Channel.PROVIDER_OFFICE);
    }

    @Test
    void aQueryWithoutAServiceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> previews.preview(new PreviewDeadlineQuery(" ", Channel.PROVIDER_OFFICE, almaty(2020, 3, 2, 10))))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("service"));
    }
}
