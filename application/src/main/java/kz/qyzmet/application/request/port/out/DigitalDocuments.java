package kz.qyzmet.application.request.port.out;

import java.util.Set;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.request.Iin;

/** Port out: the digital documents service (цифрлық құжаттар сервисі / сервис цифровых документов). */
public interface DigitalDocuments {

    /** Which of the wanted documents the service holds for the person. */
    Set<CatalogCode> available(Iin person, Set<CatalogCode> wanted);
}
