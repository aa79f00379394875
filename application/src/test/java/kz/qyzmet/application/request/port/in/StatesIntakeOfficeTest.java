package kz.qyzmet.application.request.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import kz.qyzmet.application.catalog.TwoVersionCatalog;
import kz.qyzmet.application.deadline.port.in.PreviewDeadlineQuery;
import kz.qyzmet.application.validation.CommandValidator;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.Role;
import org.junit.jupiter.api.Test;

/**
 * The one rule of {@link StatesIntakeOffice}, checked by Bean Validation on both the submission and the deadline
 * preview that carry it: where and at which kind of office are only said of a request handed in at the State
 * Corporation; elsewhere each is refused naming its field.
 */
class StatesIntakeOfficeTest {

    private static final CommandValidator VALIDATOR = TwoVersionCatalog.validator();
    private static final ActingUser OFFICER = new ActingUser("clerk", Role.INTAKE_OFFICER, "school-1", null);
    private static final String RULE = "is only given with channel STATE_CORPORATION";

    private static SubmitRequestCommand submission(Channel channel, OfficeLocation filedAt, OfficeKind officeKind) {
        return new SubmitRequestCommand(OFFICER, "803005", channel, "school-1", "061211600012", null,
                List.of(new DocumentData("application", null)), true, null, null, filedAt, null, officeKind);
    }

    private static PreviewDeadlineQuery preview(Channel channel, OfficeLocation filedAt, OfficeKind officeKind) {
        return new PreviewDeadlineQuery("803005", channel, OffsetDateTime.parse("2025-06-14T12:00+05:00"), filedAt, officeKind);
    }

    private static List<InvalidCommandException.Violation> violations(Object command) {
        try {
            VALIDATOR.valid(command);
        } catch (InvalidCommandException invalid) {
            return invalid.violations();
        }
        return List.of();
    }

    @Test
    void aSubmissionOnAnotherChannelThatNamesAnOfficeIsRefusedNamingBothFields() {
        assertThat(violations(submission(Channel.PROVIDER_OFFICE, OfficeLocation.AWAY_FROM_PROVIDER, OfficeKind.DUTY)))
                .extracting(InvalidCommandException.Violation::field, InvalidCommandException.Violation::message)
                .containsExactly(tuple("filedAt", RULE), tuple("officeKind", RULE));
    }

    @Test
    void aPreviewOnAnotherChannelThatNamesAnOfficeIsRefusedNamingBothFields() {
        assertThat(violations(preview(Channel.EGOV_PORTAL, OfficeLocation.PROVIDER_LOCATION, OfficeKind.ORDINARY)))
                .extracting(InvalidCommandException.Violation::field, InvalidCommandException.Violation::message)
                .containsExactly(tuple("filedAt", RULE), tuple("officeKind", RULE));
    }

    @Test
    void theStateCorporationMayNameItsOfficeAndAnyChannelMayLeaveItUnsaid() {
        assertThat(violations(submission(Channel.STATE_CORPORATION, OfficeLocation.AWAY_FROM_PROVIDER, OfficeKind.DUTY))).isEmpty();
        assertThat(violations(preview(Channel.STATE_CORPORATION, OfficeLocation.AWAY_FROM_PROVIDER, OfficeKind.DUTY))).isEmpty();
        assertThat(violations(submission(Channel.PROVIDER_OFFICE, null, null))).isEmpty();
        assertThat(violations(preview(Channel.EGOV_PORTAL, null, null))).isEmpty();
    }

    @Test
    void aMissingChannelIsRefusedAsMissingAndTheOfficeAsNotTheStateCorporations() {
        assertThatThrownBy(() -> VALIDATOR.valid(preview(null, OfficeLocation.AWAY_FROM_PROVIDER, null)))
                .isInstanceOf(InvalidCommandException.class)
                .satisfies(e -> assertThat(((InvalidCommandException) e).violations())
                        .extracting(InvalidCommandException.Violation::field).containsExactly("channel", "filedAt"));
    }
}
