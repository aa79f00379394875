package kz.qyzmet.application.catalog;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.catalog.Catalog;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ChannelTerms;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.DocumentForm;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.DocumentSupplier;
import kz.qyzmet.domain.catalog.EffectivePeriod;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.Fee;
import kz.qyzmet.domain.catalog.Presence;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceCode;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.VersionOrigin;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A catalog held in memory for the use cases' port tests: one service, the duplicate of education documents
 * (803005), in a 2015 version of 15 working days and a 2020 version of 10, at the provider and the State
 * Corporation.
 */
public final class TwoVersionCatalog {

    static final Citation SOURCE = new Citation("002", Language.RU, "field 3", "15 рабочих дней");
    static final LocalizedText TEXT = LocalizedText.of("мәтін", "текст");

    /** The validator the use cases check their commands with, as the composition root builds it. */
    public static CommandValidator validator() {
        return new CommandValidator(Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator());
    }

    /** The duplicate of education documents in two versions: 15 working days from 2015, 10 from 2020. */
    public static Catalog catalog() {
        return new Catalog(List.of(new ServiceStandard(ServiceId.of("education-document-duplicate"), ServiceCode.of("803005"),
                TEXT, SOURCE, List.of(version("v2015", 2015, 15), version("v2020", 2020, 10)))));
    }

    private static StandardVersion version(String id, int year, int days) {
        DocumentRequirement application = new DocumentRequirement(CatalogCode.of("application"), TEXT, Presence.MANDATORY, null,
                DocumentForm.ORIGINAL, null, DocumentSupplier.APPLICANT, SOURCE);
        return new StandardVersion(
                new VersionOrigin(CatalogCode.of(id), new EffectivePeriod(LocalDate.of(year, 1, 1), null, "test"), SOURCE, false, null, null),
                Fact.unknown("n/a"), Fact.known(Set.of(Channel.PROVIDER_OFFICE, Channel.STATE_CORPORATION), SOURCE),
                Map.of(Channel.PROVIDER_OFFICE, terms(days), Channel.STATE_CORPORATION, terms(days)),
                Fact.known(Set.of(ServiceForm.PAPER), SOURCE), Fact.unknown("n/a"), Fact.known(Fee.FREE, SOURCE),
                Map.of(), Map.of(Channel.STATE_CORPORATION, Fact.known(List.of(application), SOURCE)),
                Fact.known(List.of(), SOURCE), Fact.known(List.of(), SOURCE), Fact.unknown("n/a"), Fact.known(List.of(), SOURCE));
    }

    private static ChannelTerms terms(int days) {
        return new ChannelTerms(Fact.known(ProcessingTerm.workingDays(days), SOURCE), Fact.unknown("n/a"), Fact.unknown("n/a"));
    }

    private TwoVersionCatalog() {
    }
}
