package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.application.catalog.CatalogServices;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The README's "Using the catalog from Java" example, kept runnable. */
class CatalogEmbeddingExampleTest {

    @Test
    void readmeExample() {
        // README snippet start
        CatalogSource catalog = JsonCatalogSource.builtIn();          // or JsonCatalogSource.fromDirectory(path)
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        CatalogServices queries = new CatalogServices(catalog, new CommandValidator(validator));

        StandardInForce duplicate = queries.showStandard(ShowStandardQuery.inForce("803005", LocalDate.of(2026, 11, 23)));
        ProcessingTerm term = duplicate.version().terms().get(Channel.STATE_CORPORATION).processing().require("processing");
        // term = WorkingDays[days=15, acceptanceDayCounted=true]
        // README snippet end

        assertThat(term).isEqualTo(new ProcessingTerm.WorkingDays(15, true));
        assertThat(term.toString()).isEqualTo("WorkingDays[days=15, acceptanceDayCounted=true]");
    }
}
