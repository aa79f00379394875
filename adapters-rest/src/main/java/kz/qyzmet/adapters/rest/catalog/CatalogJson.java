package kz.qyzmet.adapters.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the catalog API. Texts are rendered in one language, each saying which language it
 * is in and whether it is Qyzmet's translation rather than source text; every fact carries its citation.
 */
final class CatalogJson {

    private CatalogJson() {
    }

    record Text(String text, String lang, boolean translated) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Source(String doc, String lang, String at, String quote) {
    }

    /** A field of the standard: {@code value} and {@code source}, or {@code unknown} with the reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fact(Object value, Source source, String unknown) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceSummary(String id, String code, Text name, String versionInForce) {
    }

    record ServiceList(LocalDate on, List<ServiceSummary> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VersionRef(String id, LocalDate validFrom, LocalDate validTo, boolean variant, String basedOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Standard(String id, String code, Text name, Source nameSource, LocalDate on, Version version, List<VersionRef> versions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Version(
            String id, LocalDate validFrom, LocalDate validTo, String validFromBasis, boolean variant, String basedOn,
            String note, Source source,
            Fact provider, Fact channels, Map<String, Terms> terms, Fact forms, Fact results, Fact fee,
            Map<String, Fact> schedules, Map<String, Fact> documents, Fact refusalGrounds, Fact intakeWindows,
            Fact procedures, Fact otherRequirements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Terms(Fact processing, Fact maxWaiting, Fact maxService, Fact processingAwayFromProvider) {
    }

    record Provider(String kind, Text name) {
    }

    record Result(String kind, Text text, Source source) {
    }

    record Fee(boolean free) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Schedule(Text label, boolean roundTheClock, List<Hours> hours, Boolean dutyOffices) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hours(List<String> days, String opens, String closes, Range lunch, Range intake) {
    }

    record Range(String from, String to) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(String code, Text name, String required, Text condition, String form, String validity,
                    String suppliedBy, Source source) {
    }

    record Ground(String code, Text text, String stage, Source source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Window(String code, Text label, String from, String to, String year, List<Integer> grades, Source source) {
    }

    record Procedure(String code, List<String> channels, List<Step> steps, Source source) {
    }

    record Step(int number, String role, Map<String, Object> duration, Text action, Source source) {
    }

    record Requirement(String code, Text text, Source source) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Requirements(String service, String code, String version, LocalDate on, String channel,
                        Fact documents, Terms terms, Fact schedules) {
    }
}
