-- The monthly report reads a provider's requests by the time they were received (and, for older ones,
-- whether they had events in the month, which the primary key of request_events serves).
CREATE INDEX service_requests_provider_received ON service_requests (provider, received_at);
