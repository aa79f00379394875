package kz.qyzmet.adapters.persistence.jdbc;

/**
 * A row in storage that cannot be read back as the domain knows it: names the table, the row and the
 * problem, so that an operator can find and repair it. Nothing is guessed around a bad row.
 */
public final class StoredDataException extends RuntimeException {

    public StoredDataException(String table, String row, String problem, Throwable cause) {
        super("table " + table + ", row " + row + ": " + problem, cause);
    }
}
