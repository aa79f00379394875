package kz.qyzmet.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import kz.qyzmet.domain.calendar.WorkingCalendar;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.deadline.DayTermIndex;
import kz.qyzmet.domain.deadline.DayTermPolicy;
import kz.qyzmet.domain.deadline.DeadlineContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Working-day deadlines (issue 3): "the n-th working day after the acceptance day" by Qyzmet's index, its
 * general policy and its calendar, and by ObjectLab Kit and jollyday on the same holiday set. Each
 * invocation computes a batch of {@value #BATCH} deadlines from a pool of {@value #POOL} random requests;
 * the scores are per single deadline. Every state checks in its setup that its implementation agrees with
 * the calendar on every request of the pool (see {@link Agreement}). Results: docs/BENCHMARKS.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WorkingDayDeadlineBenchmark {

    static final int BATCH = 1024;
    static final int POOL = 16 * BATCH;

    /** The pool of requests and the batch to compute next. */
    @State(Scope.Thread)
    public abstract static class Requests {
        Fixture fixture;
        private int offset;

        void load() {
            fixture = Fixture.create(POOL, Fixture.SEED);
        }

        final int nextBatch() {
            int from = offset;
            offset = (offset + BATCH) % POOL;
            return from;
        }

        static void report(Agreement.Result result) {
            System.out.println("# agreement: " + result);
        }
    }

    @State(Scope.Thread)
    public static class QyzmetIndex extends Requests {
        DayTermIndex index;

        @Setup(Level.Trial)
        public void setUp() {
            load();
            index = new DayTermIndex(fixture.calendar, fixture.timetable, Fixture.ZONE);
            report(Agreement.check(fixture, "Qyzmet DayTermIndex",
                    i -> Fixture.localDate(index.dueEpochSecond(fixture.acceptedEpochSeconds[i], fixture.terms[i])), true));
        }
    }

    @State(Scope.Thread)
    public static class QyzmetDeadlineCall extends Requests {
        DeadlineCall call;

        @Setup(Level.Trial)
        public void setUp() {
            load();
            call = new DeadlineCall(fixture);
            System.out.println("# agreement: Qyzmet DeadlinePolicy.deadline: same acceptance and due instant as the general policies on "
                    + call.agreement() + " requests");
        }
    }

    @State(Scope.Thread)
    public static class QyzmetAcceptanceCall extends Requests {
        AcceptanceCall call;

        @Setup(Level.Trial)
        public void setUp() {
            load();
            call = new AcceptanceCall(fixture);
            System.out.println("# agreement: Qyzmet DeadlinePolicy.deadline + stepDeadlines: the general policies' plan on "
                    + call.agreement() + " requests");
        }
    }

    @State(Scope.Thread)
    public static class QyzmetPolicy extends Requests {
        final DayTermPolicy policy = new DayTermPolicy();

        @Setup(Level.Trial)
        public void setUp() {
            load();
            report(Agreement.check(fixture, "Qyzmet DayTermPolicy",
                    i -> policy.due(fixture.acceptedAt[i], fixture.workingDayTerms[i], fixture.context, line -> { })
                            .atZone(Fixture.ZONE).toLocalDate(), true));
        }
    }

    @State(Scope.Thread)
    public static class QyzmetCalendar extends Requests {
        @Setup(Level.Trial)
        public void setUp() {
            load();
            report(Agreement.check(fixture, "Qyzmet WorkingCalendar",
                    i -> fixture.calendar.workingDayAfter(fixture.acceptanceDays[i], fixture.terms[i]), true));
        }
    }

    @State(Scope.Thread)
    public static class ObjectLab extends Requests {
        ObjectLabDeadlines objectLab;

        @Setup(Level.Trial)
        public void setUp() {
            load();
            objectLab = new ObjectLabDeadlines(fixture.holidays);
            report(Agreement.check(fixture, "ObjectLab Kit",
                    i -> objectLab.workingDayAfter(fixture.acceptanceDays[i], fixture.terms[i]), false));
        }
    }

    @State(Scope.Thread)
    public static class Jollyday extends Requests {
        JollydayDeadlines jollyday;

        @Setup(Level.Trial)
        public void setUp() {
            load();
            jollyday = new JollydayDeadlines(fixture.holidays);
            report(Agreement.check(fixture, "jollyday day loop",
                    i -> jollyday.workingDayAfter(fixture.acceptanceDays[i], fixture.terms[i]), true));
        }
    }

    /** Qyzmet's fast path: epoch second in, due epoch second (close of the provider's hours) out. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void qyzmetDayTermIndex(QyzmetIndex state, Blackhole bh) {
        DayTermIndex index = state.index;
        long[] accepted = state.fixture.acceptedEpochSeconds;
        int[] terms = state.fixture.terms;
        int from = state.nextBatch();
        for (int i = from, end = from + BATCH; i < end; i++) {
            bh.consume(index.dueEpochSecond(accepted[i], terms[i]));
        }
    }

    /**
     * The use-case-level call of accepting a request and of the deadline preview: {@code DeadlinePolicy.deadline}
     * (service, version, channel, received-at instant) to a {@code Deadline} with its acceptance moment, due
     * instant and (unread, so unbuilt) explanation, for a portal request of 15 working days.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void qyzmetDeadlinePolicy(QyzmetDeadlineCall state, Blackhole bh) {
        DeadlineCall call = state.call;
        int from = state.nextBatch();
        for (int i = from, end = from + BATCH; i < end; i++) {
            bh.consume(call.deadline(i));
        }
    }

    /**
     * What accepting a request computes: {@code DeadlinePolicy.deadline} and then {@code stepDeadlines}, the
     * seven step deadlines of the regulation's State Corporation procedure (minute terms in two timetables and
     * day terms), per request.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void qyzmetAcceptanceWithSteps(QyzmetAcceptanceCall state, Blackhole bh) {
        AcceptanceCall call = state.call;
        int from = state.nextBatch();
        for (int i = from, end = from + BATCH; i < end; i++) {
            bh.consume(call.accept(i));
        }
    }

    /** Qyzmet's general day-term policy, not indexed; its explanation lines go to a consumer that drops them. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void qyzmetDayTermPolicy(QyzmetPolicy state, Blackhole bh) {
        DayTermPolicy policy = state.policy;
        DeadlineContext context = state.fixture.context;
        Instant[] accepted = state.fixture.acceptedAt;
        ProcessingTerm.WorkingDays[] terms = state.fixture.workingDayTerms;
        int from = state.nextBatch();
        for (int i = from, end = from + BATCH; i < end; i++) {
            bh.consume(policy.due(accepted[i], terms[i], context, line -> { }));
        }
    }

    /** Qyzmet's calendar, dates only: {@code workingDayAfter(day, n)}. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void qyzmetWorkingDayAfter(QyzmetCalendar state, Blackhole bh) {
        WorkingCalendar calendar = state.fixture.calendar;
        LocalDate[] days = state.fixture.acceptanceDays;
        int[] terms = state.fixture.terms;
        int from = state.nextBatch();
        for (int i = from, end = from + BATCH; i < end; i++) {
            bh.consume(calendar.workingDayAfter(days[i], terms[i]));
        }
    }

    /** ObjectLab Kit, dates only: start date, then {@code moveByBusinessDays}. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void objectLabMoveByBusinessDays(ObjectLab state, Blackhole bh) {
        ObjectLabDeadlines objectLab = state.objectLab;
        LocalDate[] days = state.fixture.acceptanceDays;
        int[] terms = state.fixture.terms;
        int from = state.nextBatch();
        for (int i = from, end = from + BATCH; i < end; i++) {
            bh.consume(objectLab.workingDayAfter(days[i], terms[i]));
        }
    }

    /** jollyday, dates only: a day loop with {@code HolidayManager.isHoliday} on each weekday. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void jollydayDayLoop(Jollyday state, Blackhole bh) {
        JollydayDeadlines jollyday = state.jollyday;
        LocalDate[] days = state.fixture.acceptanceDays;
        int[] terms = state.fixture.terms;
        int from = state.nextBatch();
        for (int i = from, end = from + BATCH; i < end; i++) {
            bh.consume(jollyday.workingDayAfter(days[i], terms[i]));
        }
    }
}
