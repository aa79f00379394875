-- A provider's monthly report keeps the closed requests with an event in the month or later (issue 17,
-- docs/BENCHMARKS.md "One city's year"): the time of a request's latest event, written with every add and update, lets
-- it ask the row instead of probing request_events once per request the provider ever received.
ALTER TABLE service_requests ADD COLUMN last_event_at TIMESTAMP WITH TIME ZONE;
-- Rows stored before: the latest of their events (every request has at least its submission; else its receipt).
UPDATE service_requests SET last_event_at = COALESCE(
    (SELECT MAX(e.at) FROM request_events e WHERE e.request_id = service_requests.id), received_at);
ALTER TABLE service_requests ALTER COLUMN last_event_at SET NOT NULL;
-- The report's closed requests: of a provider, with an event since the month began, received before it ended (checked
-- in the index, not in the table).
CREATE INDEX service_requests_provider_last_event ON service_requests (provider, last_event_at, received_at);
