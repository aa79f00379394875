package kz.qyzmet.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelTerms;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.EffectivePeriod;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.VersionOrigin;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.language.Language;

/** Small standard versions for the deadline tests: one channel, 15 working days, the schedules a test gives. */
final class Versions {

    static final Citation SOURCE = new Citation("002", Language.RU, "field 3", "15 рабочих дней");

    private Versions() {
    }

    /** A version in force from {@code from} offering {@code channel} with a term of 15 working days and these schedules. */
    static StandardVersion version(String id, LocalDate from, Channel channel, Map<Channel, Fact<List<WorkSchedule>>> schedules) {
        return new StandardVersion(
                new VersionOrigin(CatalogCode.of(id), new EffectivePeriod(from, null, "test"), SOURCE, false, null, null),
                Fact.unknown("not needed"), Fact.known(Set.of(channel), SOURCE),
                Map.of(channel, new ChannelTerms(Fact.known(ProcessingTerm.workingDays(15), SOURCE), Fact.unknown("not stated"),
                        Fact.unknown("not stated"))),
                Fact.known(Set.of(ServiceForm.PAPER), SOURCE), Fact.unknown("not needed"), Fact.known(Fee.FREE, SOURCE),
                schedules, Map.of(), Fact.known(List.of(), SOURCE), Fact.known(List.of(), SOURCE), Fact.unknown("no regulation"),
                Fact.known(List.of(), SOURCE));
    }
}
