-- The overdue and at-risk worklists ask only for open requests (issue 17, docs/BENCHMARKS.md "One city's year"): a
-- provider's index in deadline order read every closed request past its deadline to find fifty open ones (the city's
-- department: about 1,800 rows for a page), and a State Corporation operator's sorted every open overdue request of
-- the city. The due second of a request while it is open (null once it is closed), written with every add and
-- update, gives those lists exactly their rows, in their order.
ALTER TABLE service_requests ADD COLUMN open_due_epoch BIGINT;
UPDATE service_requests SET open_due_epoch = due_epoch
    WHERE due_epoch IS NOT NULL AND status NOT IN ('INTAKE_REFUSED', 'REFUSED', 'ISSUED', 'WITHDRAWN');
CREATE INDEX service_requests_provider_open_due ON service_requests (provider, open_due_epoch, id);
CREATE INDEX service_requests_channel_open_due ON service_requests (channel, open_due_epoch, id);
