package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.OfficeLocation;
import org.junit.jupiter.api.Test;

/** Only a request handed in at a State Corporation office says where that office lies. */
class SubmissionOfficeLocationTest {

    @Test
    void aStateCorporationRequestSaysWhereTheOfficeLies() {
        Submission plain = RequestFixtures.submission(Channel.STATE_CORPORATION, RequestFixtures.completePackage(), true);
        Submission away = new Submission(plain.service(), plain.channel(), plain.provider(), plain.applicant(), plain.documents(),
                true, plain.receivedAt(), OfficeLocation.AWAY_FROM_PROVIDER);
        assertThat(plain.filedAt()).isNull();
        assertThat(away.filedAt()).isEqualTo(OfficeLocation.AWAY_FROM_PROVIDER);
    }

    @Test
    void aRequestThroughAnotherChannelCannotSayIt() {
        Submission plain = RequestFixtures.submission(Channel.PROVIDER_OFFICE, RequestFixtures.completePackage(), true);
        assertThatThrownBy(() -> new Submission(plain.service(), plain.channel(), plain.provider(), plain.applicant(), plain.documents(),
                true, plain.receivedAt(), OfficeLocation.AWAY_FROM_PROVIDER)).hasMessageContaining("filedAt");
    }
}
