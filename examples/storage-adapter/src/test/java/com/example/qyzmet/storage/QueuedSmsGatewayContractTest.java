package com.example.qyzmet.storage;

import java.util.List;
import kz.qyzmet.adapters.persistence.contract.SmsGatewayContract;
import kz.qyzmet.application.onetimepassword.port.out.SmsGateway;

class QueuedSmsGatewayContractTest extends SmsGatewayContract {

    private final QueuedSmsGateway gateway = new QueuedSmsGateway();

    @Override
    protected SmsGateway gateway() {
        return gateway;
    }

    @Override
    protected List<Sent> sent() {
        return gateway.waiting().stream().map(message -> new Sent(message.phone(), message.text())).toList();
    }
}
