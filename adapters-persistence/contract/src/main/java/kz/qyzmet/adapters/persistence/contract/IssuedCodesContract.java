package kz.qyzmet.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCode;
import kz.qyzmet.application.onetimepassword.port.out.IssuedCodes;
import kz.qyzmet.domain.request.Iin;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link IssuedCodes}: the latest code of an IIN is the one added last, the codes of the last
 * hour are listed oldest first, and a try replaces a code only if it is still the state the caller read — so that,
 * of racing tries, exactly one uses a code and no wrong try is lost. A store that servers share (a database) also
 * returns {@link #sameStoreElsewhere()}: a second handle on the same data, as another server holds it; the races and
 * the hash key are then checked across the two.
 */
public abstract class IssuedCodesContract {

    private static final Iin AIGERIM = Iin.of("061211600012");
    private static final Iin ASLAN = Iin.of("850101300015");
    private static final Instant AT = Instant.parse("2026-03-02T05:00:00.123456Z");
    private static final int RACERS = 8;

    /** A new, empty store. Called once per test. */
    protected abstract IssuedCodes issuedCodes();

    /**
     * Another handle on the store {@link #issuedCodes()} returned last, as a second server sharing it holds it; a
     * store of one process returns the same one (the default).
     */
    protected IssuedCodes sameStoreElsewhere() {
        return lastStore;
    }

    private IssuedCodes lastStore;

    private IssuedCodes store() {
        lastStore = issuedCodes();
        return lastStore;
    }

    private static IssuedCode code(Iin iin, String hashLetter, Instant issuedAt) {
        return new IssuedCode(iin, hashLetter.repeat(64), issuedAt, issuedAt.plusSeconds(300), 0, false);
    }

    @Test
    void nothingIssuedIsNothingLatest() {
        IssuedCodes codes = store();
        assertThat(codes.latest(AIGERIM)).isEmpty();
        assertThat(codes.issuedSince(AIGERIM, AT.minusSeconds(3600))).isEmpty();
    }

    @Test
    void theCodeAddedIsReadBackAsItWasStored() {
        IssuedCodes codes = store();
        IssuedCode issued = code(AIGERIM, "a", AT);
        codes.add(issued);
        assertThat(codes.latest(AIGERIM)).contains(issued);
        assertThat(sameStoreElsewhere().latest(AIGERIM)).as("seen through the other handle").contains(issued);
    }

    @Test
    void aNewerCodeIsTheLatestAndTheHourIsListedOldestFirst() {
        IssuedCodes codes = store();
        codes.add(code(AIGERIM, "a", AT));
        codes.add(code(AIGERIM, "b", AT.plusSeconds(60)));
        codes.add(code(AIGERIM, "c", AT.plusSeconds(120)));
        assertThat(codes.latest(AIGERIM)).map(IssuedCode::hash).contains("c".repeat(64));
        assertThat(codes.issuedSince(AIGERIM, AT.minusSeconds(1))).containsExactly(AT, AT.plusSeconds(60), AT.plusSeconds(120));
        assertThat(codes.issuedSince(AIGERIM, AT)).as("after the moment, not at it").containsExactly(AT.plusSeconds(60), AT.plusSeconds(120));
    }

    @Test
    void eachIinHasItsOwnCodes() {
        IssuedCodes codes = store();
        codes.add(code(AIGERIM, "a", AT));
        codes.add(code(ASLAN, "b", AT.plusSeconds(5)));
        assertThat(codes.latest(AIGERIM)).map(IssuedCode::hash).contains("a".repeat(64));
        assertThat(codes.issuedSince(AIGERIM, AT.minusSeconds(1))).containsExactly(AT);
    }

    @Test
    void aTryReplacesTheCodeItRead() {
        IssuedCodes codes = store();
        IssuedCode issued = code(AIGERIM, "a", AT);
        codes.add(issued);
        assertThat(codes.replace(issued, issued.triedWrong())).isTrue();
        assertThat(codes.latest(AIGERIM)).contains(issued.triedWrong());
        assertThat(codes.replace(issued.triedWrong(), issued.triedWrong().markedUsed())).isTrue();
        assertThat(codes.latest(AIGERIM)).map(IssuedCode::used).contains(true);
    }

    @Test
    void aTryOnAStaleStateReplacesNothing() {
        IssuedCodes codes = store();
        IssuedCode issued = code(AIGERIM, "a", AT);
        codes.add(issued);
        codes.replace(issued, issued.triedWrong());
        assertThat(sameStoreElsewhere().replace(issued, issued.markedUsed())).as("read before the wrong try").isFalse();
        assertThat(codes.latest(AIGERIM)).contains(issued.triedWrong());
    }

    @Test
    void aTryOnACodeReplacedByANewerOneReplacesNothing() {
        IssuedCodes codes = store();
        IssuedCode first = code(AIGERIM, "a", AT);
        codes.add(first);
        IssuedCode second = code(AIGERIM, "b", AT.plusSeconds(30));
        codes.add(second);
        assertThat(codes.replace(first, first.markedUsed())).isFalse();
        assertThat(codes.latest(AIGERIM)).contains(second);
    }

    @Test
    void ofTriesRacingToUseOneCodeExactlyOneWins() throws Exception {
        IssuedCodes codes = store();
        IssuedCodes elsewhere = sameStoreElsewhere();
        IssuedCode issued = code(AIGERIM, "a", AT);
        codes.add(issued);
        List<Boolean> won = race(i -> (i % 2 == 0 ? codes : elsewhere).replace(issued, issued.markedUsed()));
        assertThat(won).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(codes.latest(AIGERIM)).map(IssuedCode::used).contains(true);
    }

    @Test
    void wrongTriesRacingOnOneCodeAreEachCounted() throws Exception {
        IssuedCodes codes = store();
        IssuedCodes elsewhere = sameStoreElsewhere();
        codes.add(code(AIGERIM, "a", AT));
        race(i -> {
            IssuedCodes mine = i % 2 == 0 ? codes : elsewhere;
            while (true) {
                IssuedCode read = mine.latest(AIGERIM).orElseThrow();
                if (mine.replace(read, read.triedWrong())) {
                    return true;
                }
            }
        });
        assertThat(codes.latest(AIGERIM)).map(IssuedCode::wrongTries).contains(RACERS);
    }

    @Test
    void theHashKeyIsSecretSizedStableAndShared() {
        IssuedCodes codes = store();
        byte[] key = codes.hashKey();
        assertThat(key.length).as("bytes of the hash key").isGreaterThanOrEqualTo(16);
        assertThat(codes.hashKey()).isEqualTo(key);
        assertThat(sameStoreElsewhere().hashKey()).as("the other handle checks the same codes").isEqualTo(key);
    }

    private interface Racer {
        boolean run(int index) throws Exception;
    }

    private static List<Boolean> race(Racer racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int index = i;
                Callable<Boolean> task = () -> {
                    start.await();
                    return racer.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
