package kz.qyzmet.application.report.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import kz.qyzmet.application.request.port.in.ActingUser;

/**
 * Which monthly monitoring report to compile, for whom.
 *
 * @param actor    who asks: the provider's staff (intake officer, head, executor) or the system
 * @param provider the provider's id, such as {@code school-1}
 * @param month    the month as {@code YYYY-MM}, in the provider's zone
 */
public record MonthlyReportQuery(@NotNull @Valid ActingUser actor,
                                 @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) String provider,
                                 @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month as YYYY-MM") String month) {

    /** The month; call on a valid query. */
    public YearMonth yearMonth() {
        return YearMonth.parse(month);
    }
}
