package kz.qyzmet.domain.camp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.OtherRequirement;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.request.SubmittedDocument;

/**
 * Who may have a voucher to a camp (source 000 annex 5, field 8 item 6): the eligible categories, each
 * proven by a document of the standard's list — the conditional documents whose condition names the
 * category (annex 5, field 8):
 * <ul>
 *   <li>children of families entitled to targeted social assistance — the certificate of it;</li>
 *   <li>children of families without it whose income per head is below the subsistence minimum — the income documents;</li>
 *   <li>orphans and children without parental care brought up in families — the decision on guardianship;</li>
 *   <li>children of families needing emergency help after an emergency, and other categories decided by the
 *       school's collegial body — the collegial body's decision.</li>
 * </ul>
 * A request for a voucher none of whose documents proves a category cannot be approved: it is refused
 * citing the ground {@code not-eligible-category} (Government decree No. 64 of 25 January 2008).
 */
public final class CampEligibility {

    /** The refusal ground for an applicant outside the categories. */
    public static final CatalogCode NOT_ELIGIBLE = CatalogCode.of("not-eligible-category");

    /** Each category, by its requirement code, and the document that proves it. */
    public static final Map<CatalogCode, CatalogCode> PROVEN_BY = provenBy();

    private CampEligibility() {
    }

    private static Map<CatalogCode, CatalogCode> provenBy() {
        Map<CatalogCode, CatalogCode> map = new LinkedHashMap<>();
        map.put(CatalogCode.of("category-targeted-social-assistance"), CatalogCode.of("status-targeted-social-assistance-certificate"));
        map.put(CatalogCode.of("category-income-below-subsistence-minimum"), CatalogCode.of("status-income-documents"));
        map.put(CatalogCode.of("category-orphans-without-parental-care"), CatalogCode.of("status-guardianship-decision"));
        map.put(CatalogCode.of("category-emergency-assistance"), CatalogCode.of("status-collegial-body-decision"));
        map.put(CatalogCode.of("category-other-by-collegial-body"), CatalogCode.of("status-collegial-body-decision"));
        return Map.copyOf(map);
    }

    /** Whether the version limits the service to eligible categories (it states at least one of them). */
    public static boolean applies(StandardVersion version) {
        return !categoriesOf(version).isEmpty();
    }

    /** The categories the version states that the documents handed in prove, in the version's order. */
    public static List<CatalogCode> proven(StandardVersion version, List<SubmittedDocument> documents) {
        return categoriesOf(version).stream()
                .filter(category -> documents.stream().anyMatch(document -> document.code().equals(PROVEN_BY.get(category))))
                .toList();
    }

    private static List<CatalogCode> categoriesOf(StandardVersion version) {
        return version.otherRequirements().value().orElse(List.of()).stream().map(OtherRequirement::code)
                .filter(PROVEN_BY::containsKey).toList();
    }
}
