-- The deadline watch reads only the requests it has to change (issue 17, docs/BENCHMARKS.md "One city's year"): each
-- row keeps the request's next-watch instant (ServiceRequest.nextWatch: the earliest moment at which the watch raises
-- a warning or returns an uncollected result), in epoch seconds, with the at-risk share in thousandths it was computed
-- with; both are written with every add and update, both null when nothing is left to watch at any share.
ALTER TABLE service_requests ADD COLUMN next_watch_epoch BIGINT;
ALTER TABLE service_requests ADD COLUMN watch_per_mille INTEGER;
-- Rows stored before: an open request with a deadline gets share 0 (no share is 0) and the instant 0, so that the
-- watch's next pass reads it, as one stored with another share, and stores its instant; the others have nothing to watch.
UPDATE service_requests SET next_watch_epoch = 0, watch_per_mille = 0
    WHERE due_epoch IS NOT NULL AND status NOT IN ('INTAKE_REFUSED', 'REFUSED', 'ISSUED', 'WITHDRAWN');
-- The watch's three ranges: this share and an instant that has come; a lower share; a higher share.
CREATE INDEX service_requests_next_watch ON service_requests (watch_per_mille, next_watch_epoch);
