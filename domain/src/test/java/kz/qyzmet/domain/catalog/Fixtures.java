package kz.qyzmet.domain.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.domain.language.LocalizedText;

/** Small, valid catalog objects for tests; each test changes the one thing it is about. */
final class Fixtures {

    static final Citation SOURCE = new Citation("002", kz.qyzmet.domain.language.Language.RU, "field 3", "15 рабочих дней");
    static final LocalizedText TEXT = LocalizedText.of("мәтін", "текст");

    private Fixtures() {
    }

    static VersionOrigin origin(String id, LocalDate from) {
        return new VersionOrigin(CatalogCode.of(id), new EffectivePeriod(from, null, "test"), SOURCE, false, null, null);
    }

    static StandardVersion version(VersionOrigin origin) {
        return version(origin, Set.of(Channel.PROVIDER_OFFICE),
                Map.of(Channel.PROVIDER_OFFICE, terms(ProcessingTerm.workingDays(15))));
    }

    static StandardVersion version(VersionOrigin origin, Set<Channel> channels, Map<Channel, ChannelTerms> terms) {
        return new StandardVersion(origin,
                Fact.unknown("not needed"),
                Fact.known(channels, SOURCE),
                terms,
                Fact.known(Set.of(ServiceForm.PAPER), SOURCE),
                Fact.unknown("not needed"),
                Fact.known(Fee.FREE, SOURCE),
                Map.of(), Map.of(),
                Fact.known(List.of(new RefusalGround(CatalogCode.of("incomplete-package"), TEXT, RefusalStage.INTAKE, SOURCE)), SOURCE),
                Fact.known(List.of(), SOURCE),
                Fact.unknown("no regulation"),
                Fact.known(List.of(), SOURCE));
    }

    static ChannelTerms terms(ProcessingTerm processing) {
        return new ChannelTerms(Fact.known(processing, SOURCE), Fact.unknown("not stated"), Fact.unknown("not stated"));
    }

    static ServiceStandard standard(StandardVersion... versions) {
        return new ServiceStandard(ServiceId.of("education-document-duplicate"), ServiceCode.of("803005"), TEXT, SOURCE, List.of(versions));
    }
}
