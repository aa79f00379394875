package kz.qyzmet.domain.deadline;

import java.time.Instant;
import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.ServiceId;

/**
 * Why a deadline is what it is, step by step, for a citizen or an auditor: the version of the standard
 * applied, the acceptance moment and why, the rule that counts the term, every day skipped and why, the
 * years for which no decree data exists, and the due moment. {@link ExplanationText} renders it in Kazakh,
 * Russian or English.
 *
 * @param lines the steps, in order
 */
public record Explanation(List<Line> lines) {

    public Explanation {
        Objects.requireNonNull(lines, "lines: required");
        if (!(lines instanceof Later)) {
            lines = List.copyOf(lines);
        }
    }

    /**
     * An explanation built only when someone reads it: deadlines are counted far more often (on every
     * acceptance, preview and plan), and restored from storage far more often (every worklist, report and
     * pass of the deadline watch), than their explanations are read. The supplier is called on the first
     * read of {@link #lines()} (which {@code equals}, {@code hashCode} and {@code toString} also are), its
     * lines kept from then on. If it throws, that read throws, and the next read calls it again: a storage
     * adapter that keeps the stored lines unread until then reports a bad stored explanation at that read.
     *
     * @param lines builds the steps, in order, when they are first read
     */
    public static Explanation later(Supplier<List<Line>> lines) {
        Objects.requireNonNull(lines, "lines: required");
        return new Explanation(new Later() {
            @Override
            List<Line> build() {
                return lines.get();
            }
        });
    }

    /** The steps, in order (built now if this explanation was made {@linkplain #later later}). */
    @Override
    public List<Line> lines() {
        return lines instanceof Later later ? later.built() : lines;
    }

    /**
     * The lines of an explanation made later: built once, on first use, then kept. A deadline's own kind
     * keeps the inputs of its explanation in its fields (no closure per deadline) and builds the lines from
     * them when they are first read. Every read goes to the built lines (an unmodifiable list); it keeps no
     * field of its own but those lines, since one is made with every deadline counted (not an
     * {@link java.util.AbstractList}, whose modification count would be one more).
     */
    abstract static class Later extends AbstractCollection<Line> implements List<Line>, RandomAccess {

        private volatile List<Line> built;

        /** The lines, in order; called when they are first read. */
        abstract List<Line> build();

        final List<Line> built() {
            List<Line> lines = built;
            if (lines == null) {
                lines = List.copyOf(build());
                built = lines;
            }
            return lines;
        }

        @Override
        public final Line get(int index) {
            return built().get(index);
        }

        @Override
        public final int size() {
            return built().size();
        }

        @Override
        public final Iterator<Line> iterator() {
            return built().iterator();
        }

        @Override
        public final ListIterator<Line> listIterator() {
            return built().listIterator();
        }

        @Override
        public final ListIterator<Line> listIterator(int index) {
            return built().listIterator(index);
        }

        @Override
        public final List<Line> subList(int fromIndex, int toIndex) {
            return built().subList(fromIndex, toIndex);
        }

        @Override
        public final int indexOf(Object line) {
            return built().indexOf(line);
        }

        @Override
        public final int lastIndexOf(Object line) {
            return built().lastIndexOf(line);
        }

        @Override
        public final Line set(int index, Line line) {
            return built().set(index, line);
        }

        @Override
        public final void add(int index, Line line) {
            built().add(index, line);
        }

        @Override
        public final Line remove(int index) {
            return built().remove(index);
        }

        @Override
        public final boolean addAll(int index, Collection<? extends Line> lines) {
            return built().addAll(index, lines);
        }

        @Override
        public final boolean equals(Object other) {
            return other == this || built().equals(other);
        }

        @Override
        public final int hashCode() {
            return built().hashCode();
        }
    }

    /** One step of an explanation. */
    public sealed interface Line {

        /** What the visitor does with this kind of line (its sentence, for one). */
        <R> R accept(Visitor<R> visitor);

        /**
         * Something done with an explanation's line that depends on its kind: one method per member, so that a new
         * kind of line does not compile until every visitor (its text in each language) says what it does with it.
         *
         * @param <R> what the visit answers
         */
        interface Visitor<R> {
            R visit(StandardApplied line);

            R visit(Accepted line);

            R visit(RuleApplied line);

            R visit(DaySkipped line);

            R visit(WeekendWorked line);

            R visit(StatutoryRulesOnly line);

            R visit(HoursAssumed line);

            R visit(Due line);
        }
    }

    /** The standard's version that governs the request, and where its term comes from. */
    public record StandardApplied(ServiceId service, CatalogCode version, Channel channel, ProcessingTerm term, Citation termSource)
            implements Line {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** When the request counts as accepted, and why. */
    public record Accepted(Acceptance acceptance) implements Line {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** The counting rule used. */
    public record RuleApplied(CountingRule rule) implements Line {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A day not counted, with its reason. */
    public record DaySkipped(DayStatus day) implements Line {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A Saturday or Sunday counted as a working day because a transfer made it one. */
    public record WeekendWorked(DayStatus.WorkedWeekend day) implements Line {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A year of the counted span for which no decree data exists: only the statutory rules were applied. */
    public record StatutoryRulesOnly(int year) implements Line {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** The provider's hours are not in the standard; the deployment's default hours were used. */
    public record HoursAssumed(String basis) implements Line {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** The due moment. */
    public record Due(Instant dueAt) implements Line {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
