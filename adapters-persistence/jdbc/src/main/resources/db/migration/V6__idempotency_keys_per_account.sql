-- Idempotency keys belong to the account that sent them (issue 14): one school's key no longer blocks another
-- school's unrelated submission, and nobody can test whether another account used a key. The account of a key
-- stored before is the account that submitted the request: the actor of its first event.
ALTER TABLE service_requests ADD COLUMN idempotency_account VARCHAR(64);
UPDATE service_requests SET idempotency_account = (
    SELECT e.actor_user FROM request_events e WHERE e.request_id = service_requests.id AND e.seq = 0)
WHERE idempotency_key IS NOT NULL;
ALTER TABLE service_requests DROP CONSTRAINT service_requests_idempotency_key;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_idempotency_key UNIQUE (idempotency_account, idempotency_key);
