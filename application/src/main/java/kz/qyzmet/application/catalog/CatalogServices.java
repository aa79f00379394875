package kz.qyzmet.application.catalog;

import java.util.List;
import java.util.Objects;
import kz.qyzmet.application.catalog.port.in.ChannelRequirements;
import kz.qyzmet.application.catalog.port.in.ListRequirementsUseCase;
import kz.qyzmet.application.catalog.port.in.ListServicesUseCase;
import kz.qyzmet.application.catalog.port.in.RequirementsQuery;
import kz.qyzmet.application.catalog.port.in.ShowStandardQuery;
import kz.qyzmet.application.catalog.port.in.ShowStandardUseCase;
import kz.qyzmet.application.catalog.port.in.StandardInForce;
import kz.qyzmet.application.catalog.port.out.CatalogSource;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;

/**
 * The catalog queries: list services, show a standard as in force on a day, list the requirements of a
 * channel. Read-only; each answers from the catalog the {@link CatalogSource} holds.
 */
public final class CatalogServices implements ListServicesUseCase, ShowStandardUseCase, ListRequirementsUseCase {

    private final CatalogSource catalog;
    private final StandardSelection selection;
    private final CommandValidator validator;

    public CatalogServices(CatalogSource catalog, CommandValidator validator) {
        this.catalog = Objects.requireNonNull(catalog, "catalog: required");
        this.validator = Objects.requireNonNull(validator, "validator: required");
        this.selection = new StandardSelection(catalog);
    }

    @Override
    public List<ServiceStandard> listServices() {
        return catalog.catalog().standards();
    }

    @Override
    public StandardInForce showStandard(ShowStandardQuery query) {
        validator.valid(query);
        return query.version() == null
                ? selection.inForce(query.service(), query.on())
                : selection.byId(query.service(), query.version(), query.on());
    }

    @Override
    public ChannelRequirements listRequirements(RequirementsQuery query) {
        validator.valid(query);
        StandardInForce standard = selection.inForce(query.service(), query.on());
        StandardVersion version = standard.version();
        return new ChannelRequirements(
                standard,
                query.channel(),
                version.requirementsFor(standard.service().id(), query.channel()),
                version.termsFor(standard.service().id(), query.channel()),
                version.scheduleFor(query.channel()));
    }
}
