package kz.qyzmet.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The condition on a {@code port.in} package: each class is a use-case interface, or a record that a use case
 * takes or returns (directly, inside a generic type such as {@code List<Referral>}, or as a component of such a
 * record, or as an implementation in {@code port.in} of an interface so taken, such as a sealed choice).
 */
final class UseCaseData extends ArchCondition<JavaClass> {

    private final Set<JavaClass> takenOrReturned = new HashSet<>();

    UseCaseData() {
        super("be use-case interfaces or records that a use case takes or returns");
    }

    @Override
    public void init(Collection<JavaClass> portIn) {
        takenOrReturned.clear();
        Deque<JavaClass> toVisit = new ArrayDeque<>();
        for (JavaClass useCase : portIn) {
            if (useCase.isInterface()) {
                for (JavaMethod method : useCase.getMethods()) {
                    method.getParameterTypes().forEach(type -> toVisit.addAll(type.getAllInvolvedRawTypes()));
                    toVisit.addAll(method.getReturnType().getAllInvolvedRawTypes());
                }
            }
        }
        Set<JavaClass> dataInterfaces = new HashSet<>();
        while (!toVisit.isEmpty()) {
            JavaClass next = toVisit.pop();
            if (portIn.contains(next) && next.isInterface() && dataInterfaces.add(next)) {
                // a record component typed by an interface of port.in (a sealed choice such as Signing):
                // its implementations in port.in are what the use case takes
                toVisit.addAll(next.getSubclasses());
            }
            if (portIn.contains(next) && next.isRecord() && takenOrReturned.add(next)) {
                for (JavaField component : next.getFields()) {
                    if (!component.getModifiers().contains(JavaModifier.STATIC)) {
                        toVisit.addAll(component.getType().getAllInvolvedRawTypes());
                    }
                }
            }
        }
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        if (type.isInterface()) {
            return;
        }
        if (!type.isRecord()) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + " is neither an interface nor a record"
                    + " in " + type.getSourceCodeLocation()));
        } else if (!takenOrReturned.contains(type)) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + " is a record that no use case takes or returns"
                    + " in " + type.getSourceCodeLocation()));
        }
    }
}
