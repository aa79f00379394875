package kz.qyzmet.adapters.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import kz.qyzmet.application.request.port.out.Notification;
import kz.qyzmet.application.request.port.out.Notifications;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.RequestId;

/**
 * The applicants' personal cabinets in the relational store (table {@code notifications}, migrations V2 and V9),
 * found by the IIN of the applicant or the representative. SQL uses bind parameters only.
 */
public final class JdbcNotifications implements Notifications {

    private final DataSource dataSource;

    JdbcNotifications(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource: required");
    }

    @Override
    public void deliver(Notification notification) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO notifications "
                     + "(id, request_id, applicant_iin, representative_iin, at, kind, text_kk, text_ru, text_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, notification.id());
            insert.setObject(2, notification.request().value());
            insert.setString(3, notification.applicant().value());
            insert.setString(4, notification.representative() == null ? null : notification.representative().value());
            insert.setObject(5, OffsetDateTime.ofInstant(notification.at(), ZoneOffset.UTC));
            insert.setString(6, notification.kind().name());
            insert.setString(7, notification.text().in(Language.KK).text());
            insert.setString(8, notification.text().in(Language.RU).text());
            insert.setString(9, notification.text().texts().get(Language.EN));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("storing a message about request " + notification.request() + " failed: " + e.getMessage(), e);
        }
    }

    /** The stored texts: English, where stored, is Qyzmet's translation. */
    private static LocalizedText text(String kk, String ru, String en) {
        return en == null ? LocalizedText.of(kk, ru) : LocalizedText.ours(kk, ru, en);
    }

    @Override
    public List<Notification> addressedTo(Iin iin, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT id, request_id, applicant_iin, representative_iin, at, kind, "
                     + "text_kk, text_ru, text_en FROM notifications WHERE applicant_iin = ? OR representative_iin = ? ORDER BY at DESC, seq DESC LIMIT ?")) {
            select.setString(1, iin.value());
            select.setString(2, iin.value());
            select.setInt(3, limit);
            List<Notification> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String representative = rows.getString("representative_iin");
                    found.add(new Notification(rows.getObject("id", UUID.class), new RequestId(rows.getObject("request_id", UUID.class)),
                            Iin.of(rows.getString("applicant_iin")), representative == null ? null : Iin.of(representative),
                            rows.getObject("at", OffsetDateTime.class).toInstant(), Notification.Kind.valueOf(rows.getString("kind")),
                            text(rows.getString("text_kk"), rows.getString("text_ru"), rows.getString("text_en"))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StorageException("reading a personal cabinet failed: " + e.getMessage(), e);
        }
    }
}
