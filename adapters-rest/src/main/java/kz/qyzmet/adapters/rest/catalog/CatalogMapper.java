package kz.qyzmet.adapters.rest.catalog;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.qyzmet.application.catalog.port.in.ChannelRequirements;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.domain.catalog.ChannelTerms;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.DocumentRequirement;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceCode;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.VersionOrigin;
import kz.qyzmet.domain.catalog.SchoolGrade;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;

/** Maps the catalog's domain objects to their JSON shapes in one language. Translation only. */
final class CatalogMapper {

    private final Language language;

    CatalogMapper(Language language) {
        this.language = language;
    }

    CatalogJson.ServiceList services(List<ServiceStandard> services, LocalDate on) {
        return new CatalogJson.ServiceList(on, services.stream()
                .map(service -> new CatalogJson.ServiceSummary(service.id().value(), code(service), text(service.name()),
                        service.versionOn(on).map(v -> v.id().value()).orElse(null)))
                .toList());
    }

    CatalogJson.Standard standard(StandardInForce selected) {
        ServiceStandard service = selected.service();
        return new CatalogJson.Standard(service.id().value(), code(service), text(service.name()), source(service.nameSource()),
                selected.on(), version(selected.version()),
                service.versions().stream().map(v -> {
                    VersionOrigin o = v.origin();
                    return new CatalogJson.VersionRef(o.id().value(), o.validity().from(), o.validity().to(), o.variant(),
                            o.base().map(Object::toString).orElse(null));
                }).toList());
    }

    CatalogJson.Requirements requirements(ChannelRequirements requirements) {
        ServiceStandard service = requirements.standard().service();
        return new CatalogJson.Requirements(service.id().value(), code(service),
                requirements.standard().version().id().value(), requirements.standard().on(), requirements.channel().name(),
                fact(requirements.documents(), docs -> docs.stream().map(this::document).toList()),
                terms(requirements.terms()),
                fact(requirements.schedules(), list -> list.stream().map(this::schedule).toList()));
    }

    private CatalogJson.Version version(StandardVersion v) {
        VersionOrigin o = v.origin();
        Map<String, CatalogJson.Terms> terms = new LinkedHashMap<>();
        v.terms().forEach((channel, t) -> terms.put(channel.name(), terms(t)));
        Map<String, CatalogJson.Fact> schedules = new LinkedHashMap<>();
        v.schedules().forEach((channel, s) -> schedules.put(channel.name(),
                fact(s, list -> list.stream().map(this::schedule).toList())));
        Map<String, CatalogJson.Fact> documents = new LinkedHashMap<>();
        v.documents().forEach((channel, d) -> documents.put(channel.name(),
                fact(d, list -> list.stream().map(this::document).toList())));
        return new CatalogJson.Version(
                o.id().value(), o.validity().from(), o.validity().to(), o.validity().basis(), o.variant(),
                o.base().map(Object::toString).orElse(null), o.note(), source(o.source()),
                fact(v.provider(), p -> new CatalogJson.Provider(p.kind().name(), text(p.name()))),
                fact(v.channels(), set -> set.stream().sorted().map(Enum::name).toList()),
                terms,
                fact(v.forms(), set -> set.stream().sorted().map(Enum::name).toList()),
                fact(v.results(), list -> list.stream()
                        .map(r -> new CatalogJson.Result(r.kind().name(), text(r.text()), source(r.source()))).toList()),
                fact(v.fee(), fee -> new CatalogJson.Fee(fee.free())),
                schedules, documents,
                fact(v.refusalGrounds(), list -> list.stream()
                        .map(g -> new CatalogJson.Ground(g.code().value(), text(g.text()), g.stage().name(), source(g.source()))).toList()),
                fact(v.intakeWindows(), list -> list.stream()
                        .map(w -> new CatalogJson.Window(w.code().value(), text(w.label()), w.from().toString(), w.to().toString(),
                                w.year().name(), w.gradeBound() ? w.grades().stream().map(SchoolGrade::number).sorted().toList() : null,
                                source(w.source()))).toList()),
                fact(v.procedures(), list -> list.stream().map(p -> {
                    List<CatalogJson.Step> steps = new ArrayList<>();
                    for (int i = 0; i < p.steps().size(); i++) {
                        var step = p.steps().get(i);
                        steps.add(new CatalogJson.Step(i + 1, step.role().name(), TermJson.of(step.duration()), text(step.action()),
                                source(step.source())));
                    }
                    return new CatalogJson.Procedure(p.code().value(), p.channels().stream().sorted().map(Enum::name).toList(),
                            steps, source(p.source()));
                }).toList()),
                fact(v.otherRequirements(), list -> list.stream()
                        .map(r -> new CatalogJson.Requirement(r.code().value(), text(r.text()), source(r.source()))).toList()));
    }

    private CatalogJson.Terms terms(ChannelTerms terms) {
        return new CatalogJson.Terms(fact(terms.processing(), TermJson::of),
                fact(terms.maxWaiting(), CatalogMapper::minutes), fact(terms.maxService(), CatalogMapper::minutes),
                terms.processingAwayFromProvider() == null ? null : fact(terms.processingAwayFromProvider(), TermJson::of));
    }

    private static Map<String, Object> minutes(Duration duration) {
        return Map.of("minutes", duration.toMinutes());
    }

    private CatalogJson.Schedule schedule(WorkSchedule schedule) {
        return new CatalogJson.Schedule(schedule.optionalLabel().map(this::text).orElse(null), schedule.roundTheClock(),
                schedule.roundTheClock() ? null : schedule.hours().stream().map(this::hours).toList(),
                schedule.dutyOffices() ? Boolean.TRUE : null);
    }

    private CatalogJson.Hours hours(OpeningHours hours) {
        return new CatalogJson.Hours(hours.days().stream().sorted().map(Enum::name).toList(),
                hours.open().from().toString(), hours.open().to().toString(), range(hours.lunch()), range(hours.intake()));
    }

    private static CatalogJson.Range range(TimeRange range) {
        return range == null ? null : new CatalogJson.Range(range.from().toString(), range.to().toString());
    }

    private CatalogJson.Document document(DocumentRequirement d) {
        return new CatalogJson.Document(d.code().value(), text(d.name()), d.presence().name(),
                d.optionalCondition().map(this::text).orElse(null), d.form().name(),
                d.validityPeriod().map(Object::toString).orElse(null), d.suppliedBy().name(), source(d.source()));
    }

    private <T> CatalogJson.Fact fact(Fact<T> fact, Function<T, Object> value) {
        return fact.fold(known -> new CatalogJson.Fact(value.apply(known.given()), source(known.source()), null),
                unknown -> new CatalogJson.Fact(null, null, unknown.reason()));
    }

    private CatalogJson.Text text(LocalizedText text) {
        LocalizedText.Rendering rendering = text.in(language);
        return new CatalogJson.Text(rendering.text(), rendering.language().tag(), rendering.translated());
    }

    private static CatalogJson.Source source(Citation citation) {
        return new CatalogJson.Source(citation.document(), citation.language() == null ? null : citation.language().tag(),
                citation.locator(), citation.quote());
    }

    private static String code(ServiceStandard service) {
        return service.officialCode().map(ServiceCode::value).orElse(null);
    }
}
