package kz.qyzmet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The CPU time of one thread per call of the deadline path over the benchmark's pool of 16,384 requests: per
 * {@link AcceptanceCall#accept} (the deadline and its step deadlines, what {@code WorkingDayDeadlineBenchmark.qyzmetAcceptanceWithSteps}
 * measures) or per {@link DeadlineCall#deadline} (what {@code qyzmetDeadlinePolicy} measures). A measure that a loaded
 * machine changes less than throughput, for comparing two builds run alternately (docs/BENCHMARKS.md, "The acceptance
 * with its steps, old and new" and "Fewer bytes per call"). Uses only what the jar of commit {@code 471e82f} also has,
 * so that this one source file runs against either jar:
 * {@code java -cp <jar> benchmarks/src/main/java/kz/qyzmet/benchmarks/CallCpuTime.java <rounds> <passes> [acceptance|deadline]}
 * (acceptance if not named). Prints the median and the range over the rounds, after 40 passes of warm-up.
 */
public final class CallCpuTime {

    private CallCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean deadlineOnly = args.length > 2 && args[2].equals("deadline");
        int pool = 16 * 1024;
        Fixture fixture = Fixture.create(pool, Fixture.SEED);
        IntFunction<Object> call;
        if (deadlineOnly) {
            DeadlineCall deadlines = new DeadlineCall(fixture);
            call = deadlines::deadline;
        } else {
            AcceptanceCall acceptances = new AcceptanceCall(fixture);
            call = acceptances::accept;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long kept = 0;
        for (int warmUp = 0; warmUp < 40; warmUp++) {
            kept += pass(call, pool);
        }
        double[] nanos = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < passes; pass++) {
                kept += pass(call, pool);
            }
            nanos[round] = (threads.getCurrentThreadCpuTime() - cpu) / (double) ((long) passes * pool);
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "ns CPU per %s call: median %.1f, min %.1f, max %.1f (%,d results kept)%n",
                deadlineOnly ? "deadline" : "acceptance", nanos[rounds / 2], nanos[0], nanos[rounds - 1], kept);
    }

    /**
     * One pass over the pool, every result kept in a new array so that none is optimised away (as JMH's blackhole
     * would; a young array, so that keeping a result costs no card marking).
     */
    private static int pass(IntFunction<Object> call, int pool) {
        Object[] results = new Object[pool];
        for (int i = 0; i < pool; i++) {
            results[i] = call.apply(i);
        }
        return results[pool - 1] == null ? 0 : pool;
    }
}
