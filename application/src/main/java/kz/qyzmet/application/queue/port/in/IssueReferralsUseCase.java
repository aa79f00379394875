package kz.qyzmet.application.queue.port.in;

import java.util.List;

/** Use case: issue referrals (жолдама / направление) to the first children of a pre-school queue. */
public interface IssueReferralsUseCase {

    /** The referrals issued, in queue order; fewer than the places if the queue is shorter. */
    List<Referral> refer(IssueReferralsCommand command);
}
