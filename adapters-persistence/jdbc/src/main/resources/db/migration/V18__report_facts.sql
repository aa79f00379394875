-- A provider's monthly report reads what it counts, not the histories (issue 17, docs/BENCHMARKS.md "The monthly
-- report reads its facts, not the histories (V18)"): each row keeps its request's report facts (the domain's
-- ReportFacts: the receipt and the events the monthly rules count, with the status each left, the refusals' keys,
-- the acceptance's deadline and step deadlines) in a short text form, written with every add and update.
-- Rows stored before stay null: the facts are derived by the domain, not by SQL, so the store reads such a row whole
-- and derives them when a report needs it, until the row is written again.
ALTER TABLE service_requests ADD COLUMN report_facts TEXT;
-- The report's closed requests of a provider received before the month's end, tested on their latest event in the
-- index rather than in the table (PostgreSQL chose (provider, received_at) and fetched every row to test it).
CREATE INDEX service_requests_provider_received_last_event ON service_requests (provider, received_at, last_event_at);
