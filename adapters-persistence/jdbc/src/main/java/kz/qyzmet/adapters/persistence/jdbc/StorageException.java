package kz.qyzmet.adapters.persistence.jdbc;

/** The database could not be reached, migrated or written: says what was being done and why it failed. */
public final class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
