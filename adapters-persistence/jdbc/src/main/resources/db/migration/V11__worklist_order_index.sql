-- A provider's worklist of every state, earliest deadline first (those without one last), one page: this index gives
-- the rows of one provider in that order, so that the database reads the page instead of sorting all of the
-- provider's requests of every year (docs/BENCHMARKS.md, "One city's year": a city's department holds over a
-- quarter of a million requests). NULLS LAST is spelled out because H2 orders NULL first by default; it is
-- PostgreSQL's default for an ascending column.
CREATE INDEX service_requests_provider_due ON service_requests (provider, due_epoch NULLS LAST, id);
