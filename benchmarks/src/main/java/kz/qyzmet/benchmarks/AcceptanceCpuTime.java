package kz.qyzmet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The CPU time of one thread per {@link AcceptanceCall#accept} (what {@code WorkingDayDeadlineBenchmark.qyzmetAcceptanceWithSteps}
 * measures) over the benchmark's pool of 16,384 requests: a measure that a loaded machine changes less than throughput,
 * for comparing two builds run alternately (docs/BENCHMARKS.md, "The acceptance with its steps, old and new"). Uses only
 * what the jar of commit {@code 471e82f} also has, so that this one source file runs against either jar:
 * {@code java -cp <jar> benchmarks/src/main/java/kz/qyzmet/benchmarks/AcceptanceCpuTime.java <rounds> <passes>}.
 * Prints the median and the range over the rounds, after 40 passes of warm-up.
 */
public final class AcceptanceCpuTime {

    private AcceptanceCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int pool = 16 * 1024;
        AcceptanceCall call = new AcceptanceCall(Fixture.create(pool, Fixture.SEED));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long steps = 0;
        for (int warmUp = 0; warmUp < 40; warmUp++) {
            for (int i = 0; i < pool; i++) {
                steps += call.accept(i).size();
            }
        }
        double[] nanos = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int pass = 0; pass < passes; pass++) {
                for (int i = 0; i < pool; i++) {
                    steps += call.accept(i).size();
                }
            }
            nanos[round] = (threads.getCurrentThreadCpuTime() - cpu) / (double) ((long) passes * pool);
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "ns CPU per call: median %.1f, min %.1f, max %.1f (%,d step deadlines)%n",
                nanos[rounds / 2], nanos[0], nanos[rounds - 1], steps);
    }
}
