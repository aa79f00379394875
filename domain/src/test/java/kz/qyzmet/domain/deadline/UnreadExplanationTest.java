package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.StandardVersion;
import org.junit.jupiter.api.Test;

/**
 * A deadline's explanation, kept unread as its inputs (the version's term, which names its service, and the moment
 * received): read, it is the list of lines the general policies give, and it behaves as that list does.
 */
class UnreadExplanationTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Channel CHANNEL = Channel.PROVIDER_OFFICE;
    private static final StandardVersion VERSION = Versions.version("v2020", LocalDate.of(2020, 1, 1), CHANNEL, Map.of());
    /** Monday 2025-03-17, 10:00 in Almaty. */
    private static final Instant RECEIVED = ZonedDateTime.of(2025, 3, 17, 10, 0, 0, 0, ALMATY).toInstant();

    private final DeadlinePolicy policy = new DeadlinePolicy(StatutoryHolidays.calendar(), ALMATY, Hours.provider());

    @Test
    void eachExplanationNamesTheServiceAskedAboutThoughTheVersionsTermIsKeptWithTheFirst() {
        ServiceId first = ServiceId.of("education-document-duplicate");
        ServiceId other = ServiceId.of("another-service");

        Explanation.StandardApplied asFirst = standardApplied(policy.deadline(first, VERSION, CHANNEL, RECEIVED));
        Explanation.StandardApplied asOther = standardApplied(policy.deadline(other, VERSION, CHANNEL, RECEIVED));
        Explanation.StandardApplied asFirstAgain = standardApplied(policy.deadline(ServiceId.of("education-document-duplicate"),
                VERSION, CHANNEL, RECEIVED));

        assertThat(asFirst.service()).isEqualTo(first);
        assertThat(asOther.service()).isEqualTo(other);
        assertThat(asFirstAgain.service()).isEqualTo(first);
        assertThat(asOther.version()).isEqualTo(asFirst.version());
    }

    @Test
    void readItIsTheExplanationOfItsLines() {
        Deadline deadline = policy.deadline(ServiceId.of("education-document-duplicate"), VERSION, CHANNEL, RECEIVED);
        Explanation read = new Explanation(List.copyOf(deadline.explanation().lines()));

        assertThat(deadline.explanation()).isEqualTo(read).hasSameHashCodeAs(read);
        assertThat(read).isEqualTo(deadline.explanation());
        assertThat(deadline.explanation()).hasToString(read.toString());
        assertThat(read.lines().get(read.lines().size() - 1)).isEqualTo(new Explanation.Due(deadline.dueAt()));
    }

    @Test
    void itsUnreadLinesBehaveAsTheListTheyBuild() {
        List<Explanation.Line> lines = List.of(new Explanation.HoursAssumed("a"), new Explanation.HoursAssumed("b"),
                new Explanation.HoursAssumed("a"), new Explanation.Due(RECEIVED));
        int[] built = {0};
        List<Explanation.Line> unread = new Explanation.Later() {
            @Override
            List<Explanation.Line> build() {
                built[0]++;
                return lines;
            }
        };

        assertThat(unread).isEqualTo(lines).hasSameHashCodeAs(lines).hasToString(lines.toString());
        assertThat(lines).isEqualTo(unread);
        assertThat(unread.indexOf(lines.get(0))).isZero();
        assertThat(unread.lastIndexOf(lines.get(0))).isEqualTo(2);
        assertThat(unread.contains(lines.get(3))).isTrue();
        assertThat(unread.subList(1, 3)).containsExactly(lines.get(1), lines.get(2));
        assertThat(unread.listIterator(3).next()).isEqualTo(lines.get(3));
        assertThat(unread).containsExactlyElementsOf(lines).hasSize(4);
        assertThatThrownBy(() -> unread.add(lines.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> unread.add(0, lines.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> unread.set(0, lines.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> unread.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(unread).containsExactlyElementsOf(lines);
        assertThat(built[0]).isEqualTo(1);
    }

    private static Explanation.StandardApplied standardApplied(Deadline deadline) {
        return (Explanation.StandardApplied) deadline.explanation().lines().get(0);
    }
}
