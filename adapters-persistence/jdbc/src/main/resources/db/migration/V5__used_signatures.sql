-- The electronic signatures already taken, by the SHA-256 digest of their DER bytes: a signature signs one
-- submission, named by its idempotency key, so that the same signature under another key is refused as a replay.
CREATE TABLE used_signatures (
    digest      CHAR(64)     NOT NULL PRIMARY KEY,
    submission  VARCHAR(120) NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
