-- Service requests: the submission and the columns the worklists and reports query, with the revision
-- (the number of events) for optimistic concurrency. The history is append-only in request_events,
-- written in the same transaction as the change of the request's row.
CREATE TABLE service_requests (
    id                  UUID         NOT NULL PRIMARY KEY,
    service             VARCHAR(64)  NOT NULL,
    channel             VARCHAR(32)  NOT NULL,
    provider            VARCHAR(64)  NOT NULL,
    applicant_iin       CHAR(12)     NOT NULL,
    representative_iin  CHAR(12),
    status              VARCHAR(32)  NOT NULL,
    revision            INTEGER      NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at         TIMESTAMP WITH TIME ZONE,
    due_at              TIMESTAMP WITH TIME ZONE,
    executor            VARCHAR(64),
    accepted_epoch      BIGINT,
    due_epoch           BIGINT,
    submission          TEXT         NOT NULL
);

CREATE INDEX service_requests_provider_status ON service_requests (provider, status, due_epoch);
CREATE INDEX service_requests_status_due ON service_requests (status, due_epoch);
CREATE INDEX service_requests_applicant ON service_requests (applicant_iin);
CREATE INDEX service_requests_representative ON service_requests (representative_iin);
CREATE INDEX service_requests_executor ON service_requests (executor);
CREATE INDEX service_requests_channel_status ON service_requests (channel, status, due_epoch);

CREATE TABLE request_events (
    request_id  UUID         NOT NULL REFERENCES service_requests (id),
    seq         INTEGER      NOT NULL,
    type        VARCHAR(64)  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_user  VARCHAR(64)  NOT NULL,
    actor_role  VARCHAR(32)  NOT NULL,
    payload     TEXT         NOT NULL,
    PRIMARY KEY (request_id, seq)
);

CREATE TABLE idempotency_keys (
    idempotency_key  VARCHAR(100) NOT NULL PRIMARY KEY,
    request_id       UUID         NOT NULL REFERENCES service_requests (id),
    fingerprint      CHAR(64)     NOT NULL
);
