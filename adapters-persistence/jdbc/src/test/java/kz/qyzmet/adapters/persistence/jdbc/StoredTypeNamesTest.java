package kz.qyzmet.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import org.junit.jupiter.api.Test;

/** Every member of a sealed family the store writes has an explicit stored name; the stored form uses it. */
class StoredTypeNamesTest {

    private final RequestJson json = new RequestJson();

    @Test
    void everyMemberOfTheStoredFamiliesHasAName() {
        Set<Class<?>> members = members(RequestEvent.class, IntakeRefusalReason.class, ProcessingTerm.class,
                Fact.class, Explanation.Line.class, DayStatus.class);
        assertThat(StoredTypeNames.ROWS).extracting(StoredTypeNames.Row::type).containsExactlyInAnyOrderElementsOf(members);
        for (StoredTypeNames.Row row : StoredTypeNames.ROWS) {
            assertThat(row.name()).as("a name is Family.Member").matches("[A-Z][A-Za-z]+\\.[A-Z][A-Za-z]+");
        }
    }

    /** The records of these sealed families, through their sealed sub-families. */
    static Set<Class<?>> members(Class<?>... sealedFamilies) {
        Set<Class<?>> members = new HashSet<>();
        Deque<Class<?>> families = new ArrayDeque<>(List.of(sealedFamilies));
        while (!families.isEmpty()) {
            for (Class<?> member : families.pop().getPermittedSubclasses()) {
                if (member.isInterface()) {
                    families.push(member);
                } else {
                    members.add(member);
                }
            }
        }
        return members;
    }

    @Test
    void theStoredFormNamesKindsAndNoDomainClass() {
        for (RequestEvent event : StoredPayloadFixturesTest.everyKind().values()) {
            String stored = json.write(event);
            assertThat(stored).startsWith("[\"RequestEvent." + event.typeName() + "\",")
                    .doesNotContain("kz.qyzmet").doesNotContain("java.util");
        }
    }

    /** The API's name of an event or a refusal reason and its stored name come from one place: the member's declared name. */
    @Test
    void eventsAndReasonsAreStoredUnderTheNameTheyPublish() {
        for (RequestEvent event : StoredPayloadFixturesTest.everyKind().values()) {
            assertThat(StoredTypeNames.nameOf(event.getClass())).contains("RequestEvent." + event.typeName());
        }
        assertThat(StoredTypeNames.ROWS).filteredOn(row -> row.name().startsWith("RequestEvent."))
                .extracting(row -> row.name().substring("RequestEvent.".length()))
                .containsExactlyInAnyOrderElementsOf(RequestEvent.TYPE_NAMES);
        assertThat(StoredTypeNames.ROWS).filteredOn(row -> row.name().startsWith("IntakeRefusalReason."))
                .extracting(row -> row.name().substring("IntakeRefusalReason.".length()))
                .containsExactlyInAnyOrderElementsOf(IntakeRefusalReason.TYPE_NAMES);
    }

    @Test
    void aCollectionIsStoredAsWhatItIsAndAJdkClassNameOfOneStillReads() throws Exception {
        RequestEvent.IntakeRefused refused = (RequestEvent.IntakeRefused) StoredPayloadFixturesTest.everyKind().get("IntakeRefused");
        String stored = json.write(refused);
        assertThat(stored).contains("\"reasons\":[\"List\",[");
        String asWrittenAtVersion9 = stored.replace("\"reasons\":[\"List\",[", "\"reasons\":[\"java.util.ImmutableCollections$ListN\",[");
        assertThat(json.event(asWrittenAtVersion9)).isEqualTo(refused);
        assertThat(json.event(stored)).isEqualTo(refused);
    }

    @Test
    void aDomainClassNameThatWasNeverStoredIsRefused() {
        assertThatThrownBy(() -> json.event("[\"kz.qyzmet.domain.request.Iin\",{\"value\":\"061211600012\"}]"))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
}
