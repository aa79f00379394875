package kz.qyzmet.adapters.persistence.contract;

import kz.qyzmet.adapters.persistence.memory.InMemoryIssuedCodes;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;

/** The issued-codes contract in memory. */
class InMemoryIssuedCodesContractTest extends IssuedCodesContract {

    @Override
    protected IssuedCodes issuedCodes() {
        return new InMemoryIssuedCodes();
    }
}
