package kz.qyzmet.adapters.persistence.catalog;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.qyzmet.adapters.persistence.datafile.Field;
import kz.qyzmet.adapters.persistence.datafile.FieldException;
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
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.OtherRequirement;
import kz.qyzmet.domain.catalog.Presence;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.Provider;
import kz.qyzmet.domain.catalog.ProviderKind;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.catalog.RefusalStage;
import kz.qyzmet.domain.catalog.ResultKind;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceCode;
import kz.qyzmet.domain.catalog.ServiceForm;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.ServiceResult;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.VersionOrigin;
import kz.qyzmet.domain.catalog.SchoolGrade;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.catalog.YearAnchor;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * Reads one service file of the catalog (format: {@code docs/catalog-format.md}) into a
 * {@link ServiceStandard}, checking every field. Translation only: the rules themselves are the domain
 * constructors', whose messages become the field's error.
 */
final class ServiceFileReader {

    private static final String[] VERSION_FIELDS = {
        "provider", "channels", "terms", "forms", "results", "fee", "schedules", "documents",
        "refusalGrounds", "intakeWindows", "procedures", "otherRequirements"};

    private final Set<String> sourceDocuments;

    /** @param sourceDocuments the source numbers the catalog's index lists; citations must name one */
    ServiceFileReader(Set<String> sourceDocuments) {
        this.sourceDocuments = Set.copyOf(sourceDocuments);
    }

    ServiceStandard read(Field file) {
        file.allowOnly("id", "code", "name", "nameSource", "versions");
        ServiceId id = file.required("id").build(() -> ServiceId.of(file.required("id").text()));
        ServiceCode code = file.optional("code").map(f -> f.build(() -> ServiceCode.of(f.text()))).orElse(null);
        LocalizedText name = text(file.required("name"));
        Citation nameSource = citation(file.required("nameSource"));
        Map<CatalogCode, StandardVersion> read = new HashMap<>();
        List<StandardVersion> versions = new ArrayList<>();
        for (Field entry : file.required("versions").elements()) {
            StandardVersion version = version(entry, read);
            read.put(version.id(), version);
            versions.add(version);
        }
        return file.required("versions").build(() -> new ServiceStandard(id, code, name, nameSource, versions));
    }

    private StandardVersion version(Field v, Map<CatalogCode, StandardVersion> earlier) {
        List<String> allowed = new ArrayList<>(List.of("id", "basedOn", "variant", "note", "validFrom", "validTo",
                "validFromBasis", "source"));
        allowed.addAll(List.of(VERSION_FIELDS));
        v.allowOnly(allowed.toArray(String[]::new));
        CatalogCode id = code(v.required("id"));
        CatalogCode basedOn = v.optional("basedOn").map(this::code).orElse(null);
        StandardVersion base = null;
        if (basedOn != null) {
            base = earlier.get(basedOn);
            if (base == null) {
                throw v.required("basedOn").broken("'" + basedOn + "' is not a version listed before this one");
            }
        } else {
            for (String field : VERSION_FIELDS) {
                v.required(field);
            }
        }
        EffectivePeriod period = v.build(() -> new EffectivePeriod(
                v.required("validFrom").date(),
                v.optional("validTo").map(Field::date).orElse(null),
                v.required("validFromBasis").text()));
        boolean variant = v.optional("variant").map(Field::bool).orElse(false);
        String note = v.optional("note").map(Field::text).orElse(null);
        Citation source = citation(v.required("source"));
        VersionOrigin origin = v.build(() -> new VersionOrigin(id, period, source, variant, basedOn, note));
        StandardVersion b = base;
        return v.build(() -> new StandardVersion(
                origin,
                inherit(v, "provider", b, StandardVersion::provider, f -> fact(f, this::provider)),
                inherit(v, "channels", b, StandardVersion::channels, f -> fact(f, c -> c.enumSet(Channel.class))),
                inherit(v, "terms", b, StandardVersion::terms, this::terms),
                inherit(v, "forms", b, StandardVersion::forms, f -> fact(f, c -> c.enumSet(ServiceForm.class))),
                inherit(v, "results", b, StandardVersion::results, f -> fact(f, c -> c.nonEmptyList(this::result))),
                inherit(v, "fee", b, StandardVersion::fee, f -> fact(f, this::fee)),
                inherit(v, "schedules", b, StandardVersion::schedules, f -> perChannel(f, c -> fact(c, l -> l.nonEmptyList(this::schedule)))),
                inherit(v, "documents", b, StandardVersion::documents, f -> perChannel(f, c -> fact(c, l -> l.list(this::document)))),
                inherit(v, "refusalGrounds", b, StandardVersion::refusalGrounds, f -> fact(f, c -> c.list(this::refusalGround))),
                inherit(v, "intakeWindows", b, StandardVersion::intakeWindows, f -> fact(f, c -> c.list(this::window))),
                inherit(v, "procedures", b, StandardVersion::procedures, f -> fact(f, c -> c.list(this::procedure))),
                inherit(v, "otherRequirements", b, StandardVersion::otherRequirements, f -> fact(f, c -> c.list(this::otherRequirement)))));
    }

    private static <T> T inherit(Field version, String name, StandardVersion base,
                                 Function<StandardVersion, T> fromBase, Function<Field, T> reader) {
        if (version.has(name)) {
            return reader.apply(version.required(name));
        }
        return fromBase.apply(base);
    }

    private <T> Fact<T> fact(Field f, Function<Field, T> reader) {
        if (f.has("unknown")) {
            f.allowOnly("unknown");
            String reason = f.required("unknown").text();
            return Fact.unknown(reason);
        }
        f.allowOnly("value", "source");
        T value = reader.apply(f.required("value"));
        return Fact.known(value, citation(f.required("source")));
    }

    private <T> Map<Channel, T> perChannel(Field f, Function<Field, T> reader) {
        Map<Channel, T> map = new EnumMap<>(Channel.class);
        for (Map.Entry<String, Field> member : f.members()) {
            Channel channel = channel(member.getValue(), member.getKey());
            map.put(channel, reader.apply(member.getValue()));
        }
        return map;
    }

    private static Channel channel(Field at, String name) {
        try {
            return Channel.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw at.broken("'" + name + "' is not a channel; channels are " + List.of(Channel.values()));
        }
    }

    private Map<Channel, ChannelTerms> terms(Field f) {
        return perChannel(f, c -> {
            c.allowOnly("processing", "maxWaiting", "maxService", "processingAwayFromProvider");
            return c.build(() -> new ChannelTerms(
                    fact(c.required("processing"), ServiceFileReader::term),
                    fact(c.required("maxWaiting"), ServiceFileReader::minutes),
                    fact(c.required("maxService"), ServiceFileReader::minutes),
                    c.optional("processingAwayFromProvider").map(away -> fact(away, ServiceFileReader::term)).orElse(null)));
        });
    }

    static ProcessingTerm term(Field f) {
        if (f.has("workingDays")) {
            f.allowOnly("workingDays", "acceptanceDayCounted");
            int days = f.required("workingDays").positiveInt();
            boolean counted = f.optional("acceptanceDayCounted").map(Field::bool).orElse(true);
            return f.build(() -> new ProcessingTerm.WorkingDays(days, counted));
        }
        if (f.has("minutes")) {
            f.allowOnly("minutes");
            return new ProcessingTerm.Minutes(f.required("minutes").positiveInt());
        }
        if (f.has("hours")) {
            f.allowOnly("hours");
            return new ProcessingTerm.Hours(f.required("hours").positiveInt());
        }
        if (f.has("byDate")) {
            f.allowOnly("byDate", "year");
            return new ProcessingTerm.ByDate(f.required("byDate").monthDay(), f.required("year").enumValue(YearAnchor.class));
        }
        throw f.broken("must be one of {\"workingDays\": n}, {\"minutes\": n}, {\"hours\": n}, {\"byDate\": \"--MM-DD\", \"year\": …}");
    }

    private static Duration minutes(Field f) {
        f.allowOnly("minutes");
        return Duration.ofMinutes(f.required("minutes").positiveInt());
    }

    private Provider provider(Field f) {
        f.allowOnly("kind", "name");
        return new Provider(f.required("kind").enumValue(ProviderKind.class), text(f.required("name")));
    }

    private ServiceResult result(Field f) {
        f.allowOnly("kind", "text", "source");
        return new ServiceResult(f.required("kind").enumValue(ResultKind.class), text(f.required("text")), citation(f.required("source")));
    }

    private Fee fee(Field f) {
        f.allowOnly("free");
        boolean free = f.required("free").bool();
        return f.build(() -> new Fee(free));
    }

    private WorkSchedule schedule(Field f) {
        f.allowOnly("label", "roundTheClock", "hours", "dutyOffices");
        LocalizedText label = f.optional("label").map(this::text).orElse(null);
        boolean allDay = f.optional("roundTheClock").map(Field::bool).orElse(false);
        List<OpeningHours> hours = f.optional("hours").map(h -> h.list(this::hours)).orElse(List.of());
        boolean duty = f.optional("dutyOffices").map(Field::bool).orElse(false);
        return f.build(() -> new WorkSchedule(label, allDay, hours, duty));
    }

    private OpeningHours hours(Field f) {
        f.allowOnly("days", "opens", "closes", "lunch", "intake");
        Set<DayOfWeek> days = f.required("days").enumSet(DayOfWeek.class);
        TimeRange open = f.build(() -> new TimeRange(f.required("opens").time(), f.required("closes").time()));
        TimeRange lunch = f.optional("lunch").map(ServiceFileReader::range).orElse(null);
        TimeRange intake = f.optional("intake").map(ServiceFileReader::range).orElse(null);
        return f.build(() -> new OpeningHours(days, open, lunch, intake));
    }

    private static TimeRange range(Field f) {
        f.allowOnly("from", "to");
        return f.build(() -> new TimeRange(f.required("from").time(), f.required("to").time()));
    }

    private DocumentRequirement document(Field f) {
        f.allowOnly("code", "name", "required", "condition", "form", "validity", "suppliedBy", "source");
        return f.build(() -> new DocumentRequirement(
                code(f.required("code")),
                text(f.required("name")),
                f.required("required").enumValue(Presence.class),
                f.optional("condition").map(this::text).orElse(null),
                f.required("form").enumValue(DocumentForm.class),
                f.optional("validity").map(Field::period).orElse(null),
                f.required("suppliedBy").enumValue(DocumentSupplier.class),
                citation(f.required("source"))));
    }

    private RefusalGround refusalGround(Field f) {
        f.allowOnly("code", "text", "stage", "source");
        return new RefusalGround(code(f.required("code")), text(f.required("text")),
                f.required("stage").enumValue(RefusalStage.class), citation(f.required("source")));
    }

    private IntakeWindow window(Field f) {
        f.allowOnly("code", "label", "from", "to", "year", "source", "grades");
        Set<SchoolGrade> grades = f.optional("grades")
                .map(list -> Set.copyOf(list.nonEmptyList(grade -> grade.build(() -> SchoolGrade.of(grade.positiveInt())))))
                .orElse(Set.of());
        return f.build(() -> new IntakeWindow(code(f.required("code")), text(f.required("label")),
                f.required("from").monthDay(), f.required("to").monthDay(),
                f.required("year").enumValue(YearAnchor.class), citation(f.required("source")), grades));
    }

    private Procedure procedure(Field f) {
        f.allowOnly("code", "channels", "steps", "source");
        return f.build(() -> new Procedure(code(f.required("code")), f.required("channels").enumSet(Channel.class),
                f.required("steps").nonEmptyList(this::step), citation(f.required("source"))));
    }

    private ProcedureStep step(Field f) {
        f.allowOnly("role", "duration", "action", "source");
        return new ProcedureStep(f.required("role").enumValue(Role.class), term(f.required("duration")),
                text(f.required("action")), citation(f.required("source")));
    }

    private OtherRequirement otherRequirement(Field f) {
        f.allowOnly("code", "text", "source");
        return new OtherRequirement(code(f.required("code")), text(f.required("text")), citation(f.required("source")));
    }

    private CatalogCode code(Field f) {
        return f.build(() -> CatalogCode.of(f.text()));
    }

    private LocalizedText text(Field f) {
        return f.localizedText();
    }

    private Citation citation(Field f) {
        f.allowOnly("doc", "lang", "at", "quote");
        String doc = f.required("doc").text();
        if (!sourceDocuments.contains(doc)) {
            throw f.required("doc").broken("'" + doc + "' is not a source listed in the catalog index " + new java.util.TreeSet<>(sourceDocuments));
        }
        Language language = f.optional("lang")
                .map(l -> Language.ofTag(l.text()).filter(lang -> lang != Language.EN).orElseThrow(() -> l.broken("must be kk or ru")))
                .orElse(null);
        String quote = f.optional("quote").map(Field::text).orElse(null);
        return f.build(() -> new Citation(doc, language, f.required("at").text(), quote));
    }
}
