package kz.qyzmet.benchmarks.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The floor writes the schema as it is: its hand-written statements run against the migrated H2 store (a new
 * column that the repository must fill, such as V16's {@code last_event_at}, would make them fail here rather than
 * in the middle of a benchmark run), and closing finds every request it wrote accepted.
 */
class BareStatementsFloorTest {

    @Test
    void theBareStatementsWriteAndReadTheCurrentSchema() throws Exception {
        BareStatementsBenchmark floor = new BareStatementsBenchmark();
        floor.store = "h2";
        floor.perCommit = 16;
        floor.open();
        int read;
        try {
            read = floor.submitAndAccept();
        } finally {
            floor.close();
        }
        // each request reads its stored history back (the submitted and accepted events' JSON)
        assertThat(read).isGreaterThan(64 * 200);
    }
}
