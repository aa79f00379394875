package kz.qyzmet.adapters.persistence.contract;

import java.util.List;
import kz.qyzmet.adapters.persistence.memory.RecordingSmsGateway;
import kz.qyzmet.application.onetimepassword.port.out.SmsGateway;

/** The SMS gateway contract on the recording gateway. */
class RecordingSmsGatewayContractTest extends SmsGatewayContract {

    private RecordingSmsGateway gateway;

    @Override
    protected SmsGateway gateway() {
        gateway = new RecordingSmsGateway();
        return gateway;
    }

    @Override
    protected List<Sent> sent() {
        return gateway.sent().stream().map(sms -> new Sent(sms.to(), sms.text())).toList();
    }
}
