package kz.qyzmet.adapters.persistence.jdbc;

import kz.qyzmet.adapters.persistence.contract.StoredRequests;
import java.time.Instant;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.ServiceRequest;

/**
 * The process {@link DurabilityTest} kills: stores accepted requests one after another and prints
 * {@code ACK <id>} once each store has returned, until it is killed.
 */
public final class DurabilityWorker {

    private DurabilityWorker() {
    }

    public static void main(String[] args) {
        JdbcStorage storage = JdbcStorage.connect(args[0], args[1], args.length > 2 ? args[2] : "");
        JdbcRequestRepository repository = storage.requests();
        Instant received = StoredRequests.thursdayBeforeNauryz();
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; i < 1_000_000; i++) {
            ServiceRequest request = StoredRequests.accepted(Channel.PROVIDER_OFFICE, received, "school-1");
            repository.add(request, null);
            System.out.println("ACK " + request.id());
            System.out.flush();
        }
    }
}
