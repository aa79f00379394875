-- The visits to the counters (provider's office, State Corporation centre): when the applicant took a ticket,
-- was called and had been served, with the standard's waiting and desk-time limits (NULL where it gives none),
-- for the breaches counted in the monthly report.
CREATE TABLE counter_visits (
    id                   UUID         NOT NULL PRIMARY KEY,
    request_id           UUID         NOT NULL REFERENCES service_requests (id),
    provider             VARCHAR(64)  NOT NULL,
    service              VARCHAR(64)  NOT NULL,
    channel              VARCHAR(32)  NOT NULL,
    ticket_taken_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    called_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    served_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    max_waiting_seconds  BIGINT,
    max_desk_seconds     BIGINT,
    recorded_by          VARCHAR(64)  NOT NULL
);

CREATE INDEX counter_visits_report ON counter_visits (provider, served_at);
CREATE INDEX counter_visits_request ON counter_visits (request_id);

-- The applicants' messages in English too (Qyzmet's translation of the Kazakh and Russian text); NULL for the
-- messages stored before, which are then shown in Russian.
ALTER TABLE notifications ADD COLUMN text_en TEXT;
