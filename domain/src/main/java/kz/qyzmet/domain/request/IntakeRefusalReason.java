package kz.qyzmet.domain.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.qyzmet.domain.catalog.CatalogCode;
import kz.qyzmet.domain.catalog.IntakeWindow;
import kz.qyzmet.domain.catalog.RefusalGround;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;

/**
 * Why a request is refused at intake, as the refusal receipt lists it: an incomplete package, an expired
 * document, an intake window closed, no consent to the use of restricted personal data, a representative
 * without a confirmed power of attorney, or a service the standard allows once per school year already
 * requested this school year.
 *
 * <p>Each reason carries what is said about it: its key in the monthly report, the text the applicant reads
 * (kk, ru, en), the facts the request's history shows and its published type name. A new reason cannot be added
 * without all four.
 */
public sealed interface IntakeRefusalReason {

    /**
     * The kind of reason under its published name, the one the API and the stored data answer with (such as
     * {@code WindowClosed}): declared on each member, so that renaming or moving a record does not change what
     * clients read. The names in use: {@link #TYPE_NAMES}.
     */
    String typeName();

    /** Every published type name; a name once published never changes. */
    List<String> TYPE_NAMES = List.of(
            MissingDocument.TYPE_NAME,
            ExpiredDocument.TYPE_NAME,
            WindowClosed.TYPE_NAME,
            NoPersonalDataConsent.TYPE_NAME,
            StandardGround.TYPE_NAME,
            PowerOfAttorneyNotConfirmed.TYPE_NAME,
            AlreadyThisSchoolYear.TYPE_NAME);

    /** The line of the monthly report's intake-refusal tally this reason is counted on, such as {@code WINDOW_CLOSED}. */
    String reportKey();

    /** What the refusal receipt and the applicant's notification say, in Kazakh, Russian and English. */
    LocalizedText text();

    /**
     * The facts of this reason for the request's history, in a stable order: values are strings, dates, numbers,
     * {@link LocalizedText} (the reader's language is chosen by whoever shows it) or lists of these.
     */
    Map<String, Object> facts();

    /** A mandatory document the applicant must bring is missing. */
    record MissingDocument(CatalogCode code, LocalizedText name) implements IntakeRefusalReason {
        /** This reason's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "MissingDocument";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public String reportKey() {
            return "MISSING_DOCUMENT:" + code;
        }

        @Override
        public LocalizedText text() {
            return LocalizedText.ours("құжат ұсынылмады: " + name.in(Language.KK).text(),
                    "не представлен документ: " + name.in(Language.RU).text(),
                    "document not provided: " + (name.texts().containsKey(Language.EN) ? name.in(Language.EN).text() : code.value()));
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("code", code.value(), "name", name);
        }
    }

    /** A document is past its validity ("one month from issue") on the intake day, or its issue date is not given. */
    record ExpiredDocument(CatalogCode code, LocalDate issuedOn, LocalDate validUntil) implements IntakeRefusalReason {
        /** This reason's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "ExpiredDocument";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public String reportKey() {
            return "EXPIRED_DOCUMENT:" + code;
        }

        @Override
        public LocalizedText text() {
            String until = " (" + (validUntil == null ? "—" : validUntil.toString()) + ")";
            return LocalizedText.ours("құжаттың қолданылу мерзімі өтті: " + code.value() + until,
                    "истек срок действия документа: " + code.value() + until,
                    "document no longer valid: " + code.value() + until);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("code", code.value(), "issuedOn", issuedOn, "validUntil", validUntil);
        }
    }

    /** The request came outside every intake window of the standard. */
    record WindowClosed(LocalDate day, List<IntakeWindow> windows) implements IntakeRefusalReason {
        public WindowClosed {
            windows = List.copyOf(windows);
        }

        /** This reason's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "WindowClosed";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public String reportKey() {
            return "WINDOW_CLOSED";
        }

        @Override
        public LocalizedText text() {
            return LocalizedText.ours("бұл күні өтініштер қабылданбайды: " + day, "в этот день заявления не принимаются: " + day,
                    "applications are not taken on this day: " + day);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("day", day, "windows", windows.stream().map(IntakeWindow::label).toList());
        }
    }

    /** The standard requires consent to the use of restricted personal data, and none was given. */
    record NoPersonalDataConsent() implements IntakeRefusalReason {
        /** This reason's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "NoPersonalDataConsent";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public String reportKey() {
            return "NO_PERSONAL_DATA_CONSENT";
        }

        @Override
        public LocalizedText text() {
            return LocalizedText.ours("қолжетімділігі шектеулі дербес деректерді пайдалануға келісім жоқ",
                    "нет согласия на использование сведений, составляющих охраняемую законом тайну",
                    "no consent to the use of personal data protected by law");
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of();
        }
    }

    /** A ground of the standard for refusing intake, cited by the intake officer (an unreliable document …). */
    record StandardGround(RefusalGround ground) implements IntakeRefusalReason {
        /** This reason's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "StandardGround";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public String reportKey() {
            return "STANDARD_GROUND:" + ground.code();
        }

        /** The standard's own words for the ground; in English, the code where the catalog has no translation. */
        @Override
        public LocalizedText text() {
            if (ground.text().texts().containsKey(Language.EN)) {
                return ground.text();
            }
            java.util.Map<Language, String> texts = new java.util.EnumMap<>(ground.text().texts());
            texts.put(Language.EN, "ground of the standard: " + ground.code().value());
            java.util.Set<Language> translated = java.util.EnumSet.of(Language.EN);
            translated.addAll(ground.text().translated());
            return new LocalizedText(texts, translated);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("code", ground.code().value(), "text", ground.text());
        }
    }

    /** The representative's power of attorney is not confirmed by the notarial registry. */
    record PowerOfAttorneyNotConfirmed(String powerOfAttorney) implements IntakeRefusalReason {
        /** This reason's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "PowerOfAttorneyNotConfirmed";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public String reportKey() {
            return "POWER_OF_ATTORNEY_NOT_CONFIRMED";
        }

        @Override
        public LocalizedText text() {
            return LocalizedText.ours("сенімхат расталмады", "доверенность не подтверждена", "power of attorney not confirmed");
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("powerOfAttorney", powerOfAttorney);
        }
    }

    /**
     * The standard allows the service once per school year and the applicant already has a request for it
     * accepted in this school year (teacher attestation, source 000 annex 3 field 10).
     *
     * @param requirement     the standard's requirement, such as {@code attestation-once-per-school-year}
     * @param earlier         the request already accepted this school year
     * @param schoolYearStart the 1 September the school year began
     */
    record AlreadyThisSchoolYear(CatalogCode requirement, RequestId earlier, LocalDate schoolYearStart) implements IntakeRefusalReason {
        /** This reason's published name, never changed once published: {@value}. */
        public static final String TYPE_NAME = "AlreadyThisSchoolYear";

        @Override
        public String typeName() {
            return TYPE_NAME;
        }

        @Override
        public String reportKey() {
            return "ALREADY_THIS_SCHOOL_YEAR:" + requirement;
        }

        @Override
        public LocalizedText text() {
            return LocalizedText.ours("қызмет оқу жылында 1 рет көрсетіледі: " + schoolYearStart + " басталған оқу жылында "
                            + earlier.value() + " өтініші қабылданған",
                    "услуга оказывается один раз в учебном году: в учебном году с " + schoolYearStart + " уже принято заявление "
                            + earlier.value(),
                    "the service is given once per school year: request " + earlier.value()
                            + " was already accepted in the school year that began " + schoolYearStart);
        }

        @Override
        public Map<String, Object> facts() {
            return Facts.of("code", requirement.value(), "earlier", earlier.value().toString(), "schoolYearStart", schoolYearStart);
        }
    }
}
