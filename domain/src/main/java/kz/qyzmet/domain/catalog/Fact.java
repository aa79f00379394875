package kz.qyzmet.domain.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A field of a standard as the sources give it: either {@link Known}, with the citation that proves it,
 * or {@link Unknown}, with the reason no source gives it. The catalog never fills a gap with a guess.
 *
 * @param <T> the value's type
 */
public sealed interface Fact<T> {

    /** The value, if the sources give it. */
    Optional<T> value();

    /** The value, or a {@link UnknownFactException} naming the field and why it is unknown. */
    T require(String field);

    /** The same fact with its value transformed; an unknown stays unknown. */
    <R> Fact<R> map(Function<? super T, ? extends R> mapper);

    /**
     * One answer for a known fact and another for an unknown one: the family's two members, each answered, so
     * that no caller has to ask which one it holds.
     */
    <R> R fold(Function<? super Known<T>, ? extends R> ifKnown, Function<? super Unknown<T>, ? extends R> ifUnknown);

    static <T> Fact<T> known(T value, Citation source) {
        return new Known<>(value, source);
    }

    static <T> Fact<T> unknown(String reason) {
        return new Unknown<>(reason);
    }

    /**
     * A fact the sources give.
     *
     * @param given  the value
     * @param source where it comes from
     */
    record Known<T>(T given, Citation source) implements Fact<T> {
        public Known {
            Objects.requireNonNull(given, "value: required");
            Objects.requireNonNull(source, "source: required");
        }

        @Override
        public Optional<T> value() {
            return Optional.of(given);
        }

        @Override
        public T require(String field) {
            return given;
        }

        @Override
        public <R> Fact<R> map(Function<? super T, ? extends R> mapper) {
            return new Known<>(mapper.apply(given), source);
        }

        @Override
        public <R> R fold(Function<? super Known<T>, ? extends R> ifKnown, Function<? super Unknown<T>, ? extends R> ifUnknown) {
            return ifKnown.apply(this);
        }
    }

    /**
     * A field no source gives.
     *
     * @param reason why it is unknown, in English
     */
    record Unknown<T>(String reason) implements Fact<T> {
        public Unknown {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("unknown: a reason is required");
            }
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }

        @Override
        public T require(String field) {
            throw new UnknownFactException(field, reason);
        }

        @Override
        public <R> Fact<R> map(Function<? super T, ? extends R> mapper) {
            return new Unknown<>(reason);
        }

        @Override
        public <R> R fold(Function<? super Known<T>, ? extends R> ifKnown, Function<? super Unknown<T>, ? extends R> ifUnknown) {
            return ifUnknown.apply(this);
        }
    }
}
