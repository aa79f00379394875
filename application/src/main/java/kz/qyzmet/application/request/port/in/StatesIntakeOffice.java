package kz.qyzmet.application.request.port.in;

import jakarta.validation.constraints.AssertTrue;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;

/**
 * A command or query that may say which State Corporation office took a request: where the office lies relative
 * to the provider (a standard may give a longer term away from it, 004 plan row 5 item 8(2)-(3)) and which kind
 * of office it is (a duty department keeps longer hours, 000 annex 5 field 7 item 2). Only a request handed in at
 * a State Corporation office says either; the rule is checked here once, by Bean Validation, for a submission
 * and for a deadline preview alike (the domain's {@code Submission} keeps the same invariant).
 */
public interface StatesIntakeOffice {

    /** The channel the request comes through. */
    Channel channel();

    /** Where the State Corporation office lies relative to the provider; null: not stated, the provider's location. */
    OfficeLocation filedAt();

    /** Which kind of State Corporation office took it; null: not stated, an ordinary department. */
    OfficeKind officeKind();

    /** Only a request handed in at a State Corporation office says where that office lies. */
    @AssertTrue(message = "is only given with channel STATE_CORPORATION")
    default boolean isFiledAt() {
        return filedAt() == null || channel() == Channel.STATE_CORPORATION;
    }

    /** Only a request handed in at a State Corporation office says which kind of office took it. */
    @AssertTrue(message = "is only given with channel STATE_CORPORATION")
    default boolean isOfficeKind() {
        return officeKind() == null || channel() == Channel.STATE_CORPORATION;
    }
}
