package kz.qyzmet.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.language.Language;

/**
 * Renders an {@link Explanation} as sentences a citizen or an auditor can read, in Kazakh, Russian or
 * English, with times in the provider's zone.
 */
public final class ExplanationText {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private final Language language;
    private final ZoneId zone;
    private final LineText lineText = new LineText();
    private final DayText dayText = new DayText();
    private final TermText termText = new TermText();

    public ExplanationText(Language language, ZoneId zone) {
        this.language = Objects.requireNonNull(language, "language: required");
        this.zone = Objects.requireNonNull(zone, "zone: required");
    }

    public List<String> render(Explanation explanation) {
        return explanation.lines().stream().map(this::line).toList();
    }

    String line(Explanation.Line line) {
        return line.accept(lineText);
    }

    /** Why a day is not a working day, or why a weekend is one: "2025-03-24 (Monday) — day off moved: …". */
    public String describe(DayStatus status) {
        return status.accept(dayText);
    }

    /** The sentence of each kind of line. */
    private final class LineText implements Explanation.Line.Visitor<String> {

        @Override
        public String visit(Explanation.StandardApplied s) {
            String term = s.term().accept(termText);
            String place = s.termSource().document() + ", " + s.termSource().locator();
            return pick(
                    () -> "Қызмет " + s.service() + ", стандарт нұсқасы " + s.version() + ", арна " + s.channel() + ": мерзім " + term
                            + " (дереккөз " + place + ")",
                    () -> "Услуга " + s.service() + ", редакция стандарта " + s.version() + ", канал " + s.channel() + ": срок " + term
                            + " (источник " + place + ")",
                    () -> "Service " + s.service() + ", standard version " + s.version() + ", channel " + s.channel() + ": term " + term
                            + " (source " + place + ")");
        }

        @Override
        public String visit(Explanation.Accepted a) {
            String received = moment(a.acceptance().receivedAt());
            String accepted = moment(a.acceptance().acceptedAt());
            switch (a.acceptance().reason()) {
                case WITHIN_INTAKE_HOURS:
                    return pick(() -> "Өтініш " + received + " қабылдау уақытында түсті және сол сәтте қабылданды",
                            () -> "Заявление поступило " + received + " в часы приема и принято в этот момент",
                            () -> "Received " + received + " within the intake hours: accepted at that moment");
                case BEFORE_INTAKE_HOURS:
                    return pick(() -> "Өтініш " + received + " қабылдау басталмай тұрып түсті: " + accepted + " қабылданды",
                            () -> "Заявление поступило " + received + " до начала приема: принято " + accepted,
                            () -> "Received " + received + " before the intake hours: accepted when they began, " + accepted);
                case AFTER_INTAKE_HOURS:
                    return pick(() -> "Өтініш " + received + " жұмыс уақыты аяқталғаннан кейін түсті: келесі жұмыс күні " + accepted + " қабылданды",
                            () -> "Заявление поступило " + received + " после окончания рабочего времени: принято следующим рабочим днем, " + accepted,
                            () -> "Received " + received + " after hours: accepted at the opening of the next working day, " + accepted);
                default:
                    return pick(() -> "Өтініш " + received + " демалыс не мереке күні түсті: келесі жұмыс күні " + accepted + " қабылданды",
                            () -> "Заявление поступило " + received + " в выходной или праздничный день: принято следующим рабочим днем, " + accepted,
                            () -> "Received " + received + " on a day off: accepted at the opening of the next working day, " + accepted);
            }
        }

        @Override
        public String visit(Explanation.RuleApplied r) {
            switch (r.rule()) {
                case WORKING_DAYS_FROM_NEXT_DAY:
                    return pick(() -> "Мерзім қабылданған күннің келесі күнінен бастап жұмыс күндерімен есептеледі; соңғы жұмыс күні көрсетілетін қызметті берушінің жұмыс уақыты аяқталғанда бітеді",
                            () -> "Срок исчисляется в рабочих днях со дня, следующего за днем приема; истекает в конце рабочего времени услугодателя в последний рабочий день",
                            () -> "Counting starts the day after acceptance, in working days; the term ends at the close of the provider's hours on the last working day");
                case WORKING_TIME_FROM_ACCEPTANCE:
                    return pick(() -> "Мерзім қабылданған сәттен бастап жұмыс уақытымен есептеледі: түскі үзіліс, жұмыс уақытының соңы, демалыс және мереке күндері есептелмейді",
                            () -> "Срок исчисляется рабочим временем с момента приема: обеденный перерыв, нерабочее время, выходные и праздники не учитываются",
                            () -> "The term runs in working time from acceptance: lunch, closing time, weekends and holidays stop the clock");
                default:
                    return pick(() -> "Мерзім күнтізбелік күнмен белгіленген: сол күннің соңына дейін",
                            () -> "Срок установлен календарной датой: до конца этого дня",
                            () -> "The term is a calendar date: until the end of that day");
            }
        }

        @Override
        public String visit(Explanation.DaySkipped d) {
            return d.day().accept(dayText);
        }

        @Override
        public String visit(Explanation.WeekendWorked w) {
            String date = date(w.day().date());
            return pick(() -> date + " — ауыстыру бойынша жұмыс күні (" + w.day().transfer().source().act() + ")",
                    () -> date + " — рабочий день по переносу (" + w.day().transfer().source().act() + ")",
                    () -> date + " — a working day by transfer (" + w.day().transfer().source().act() + ")");
        }

        @Override
        public String visit(Explanation.StatutoryRulesOnly s) {
            return pick(() -> s.year() + " жылға ауыстыру туралы актінің деректері жоқ: тек заңдағы ережелер қолданылды",
                    () -> "Нет данных об актах о переносе выходных на " + s.year() + " год: применены только нормы закона",
                    () -> "No decree data for " + s.year() + ": statutory rules only");
        }

        @Override
        public String visit(Explanation.HoursAssumed h) {
            return pick(() -> "Стандартта көрсетілетін қызметті берушінің жұмыс уақыты жоқ: әдепкі уақыт қолданылды (" + h.basis() + ")",
                    () -> "Стандарт не указывает график услугодателя: применен график по умолчанию (" + h.basis() + ")",
                    () -> "The standard gives no provider hours: the default hours apply (" + h.basis() + ")");
        }

        @Override
        public String visit(Explanation.Due due) {
            return pick(() -> "Мерзімнің соңы: " + moment(due.dueAt()), () -> "Срок истекает: " + moment(due.dueAt()), () -> "Due: " + moment(due.dueAt()));
        }
    }

    /** Why a day is or is not a working day, with its source. */
    private final class DayText implements DayStatus.Visitor<String> {

        @Override
        public String visit(DayStatus.Workday day) {
            String date = date(day.date());
            return pick(() -> date + " — жұмыс күні", () -> date + " — рабочий день", () -> date + " — working day");
        }

        @Override
        public String visit(DayStatus.WorkedWeekend worked) {
            return line(new Explanation.WeekendWorked(worked));
        }

        @Override
        public String visit(DayStatus.Weekend day) {
            String date = date(day.date());
            return pick(() -> date + " — демалыс күні", () -> date + " — выходной день", () -> date + " — weekend");
        }

        @Override
        public String visit(DayStatus.Holiday h) {
            String date = date(h.date());
            String name = h.rule().name().in(language).text();
            return pick(() -> date + " — мереке: " + name + " (" + h.rule().source().act() + ")",
                    () -> date + " — праздник: " + name + " (" + h.rule().source().act() + ")",
                    () -> date + " — holiday: " + name + " (" + h.rule().source().act() + ")");
        }

        @Override
        public String visit(DayStatus.MovedHoliday m) {
            String date = date(m.date());
            String name = m.rule().name().in(language).text();
            String from = date(m.holidayDate());
            return pick(() -> date + " — демалыс күні ауыстырылды: " + name + " " + from + " демалыс күніне сәйкес келді (" + m.rule().source().act() + ", 5-бап)",
                    () -> date + " — перенесенный выходной: " + name + " пришелся на выходной " + from + " (" + m.rule().source().act() + ", ст. 5)",
                    () -> date + " — day off moved: " + name + " fell on " + from + " (" + m.rule().source().act() + ", art. 5)");
        }

        @Override
        public String visit(DayStatus.ReligiousDayOff r) {
            String date = date(r.date());
            String name = r.dayOff().name().in(language).text();
            return pick(() -> date + " — демалыс күні: " + name + " (" + r.dayOff().source().act() + ")",
                    () -> date + " — выходной день: " + name + " (" + r.dayOff().source().act() + ")",
                    () -> date + " — day off: " + name + " (" + r.dayOff().source().act() + ")");
        }

        @Override
        public String visit(DayStatus.TransferredDayOff t) {
            String date = date(t.date());
            String worked = date(t.transfer().workingDay());
            return pick(() -> date + " — ауыстырылған демалыс күні, " + worked + " орнына (" + t.transfer().source().act() + ")",
                    () -> date + " — выходной по переносу с " + worked + " (" + t.transfer().source().act() + ")",
                    () -> date + " — day off transferred from " + worked + " (" + t.transfer().source().act() + ")");
        }
    }

    /** A term in words. */
    private final class TermText implements ProcessingTerm.Visitor<String> {

        @Override
        public String visit(ProcessingTerm.WorkingDays d) {
            int days = d.days();
            return pick(() -> days + " жұмыс күні", () -> days + " " + russian(days, "рабочий день", "рабочих дня", "рабочих дней"),
                    () -> days + (days == 1 ? " working day" : " working days"));
        }

        @Override
        public String visit(ProcessingTerm.Minutes m) {
            int minutes = m.minutes();
            return pick(() -> minutes + " минут", () -> minutes + " " + russian(minutes, "минута", "минуты", "минут"),
                    () -> minutes + (minutes == 1 ? " minute" : " minutes"));
        }

        @Override
        public String visit(ProcessingTerm.Hours h) {
            int hours = h.hours();
            return pick(() -> hours + " сағат", () -> hours + " " + russian(hours, "час", "часа", "часов"),
                    () -> hours + (hours == 1 ? " hour" : " hours"));
        }

        /**
         * The Russian form a count takes: {@code one} after 1, 21, 31…, {@code few} after 2–4, 22–24…, {@code many} after
         * 5–20, 25–30… (Kazakh keeps the singular after any number).
         */
        private static String russian(int count, String one, String few, String many) {
            int lastTwo = Math.abs(count) % 100;
            int last = lastTwo % 10;
            if (lastTwo >= 11 && lastTwo <= 14) {
                return many;
            }
            return last == 1 ? one : last >= 2 && last <= 4 ? few : many;
        }

        @Override
        public String visit(ProcessingTerm.ByDate b) {
            int day = b.date().getDayOfMonth();
            int month = b.date().getMonthValue() - 1;
            return pick(() -> day + " " + MONTHS_KK_FROM.get(month) + " кешіктірмей", () -> "не позднее " + day + " " + MONTHS_RU_OF.get(month),
                    () -> "not later than " + day + " " + MONTHS_EN.get(month));
        }
    }

    private String moment(java.time.Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return MOMENT.format(local);
    }

    private String date(LocalDate date) {
        return date + " (" + weekday(date.getDayOfWeek()) + ")";
    }

    /** The months in the Kazakh ablative ("30 тамыздан кешіктірмей": not later than 30 August). */
    private static final List<String> MONTHS_KK_FROM = List.of("қаңтардан", "ақпаннан", "наурыздан", "сәуірден", "мамырдан", "маусымнан",
            "шілдеден", "тамыздан", "қыркүйектен", "қазаннан", "қарашадан", "желтоқсаннан");
    /** The months in the Russian genitive ("не позднее 30 августа"). */
    private static final List<String> MONTHS_RU_OF = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря");
    private static final List<String> MONTHS_EN = List.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    private static final List<String> WEEKDAYS_KK = List.of("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі");
    private static final List<String> WEEKDAYS_RU = List.of("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье");
    private static final List<String> WEEKDAYS_EN = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private String weekday(DayOfWeek day) {
        return switch (language) {
            case KK -> WEEKDAYS_KK.get(day.ordinal());
            case RU -> WEEKDAYS_RU.get(day.ordinal());
            case EN -> WEEKDAYS_EN.get(day.ordinal());
        };
    }

    /** The sentence in this renderer's language; only that one is built (a text is rendered for every acceptance). */
    private String pick(Supplier<String> kk, Supplier<String> ru, Supplier<String> en) {
        return switch (language) {
            case KK -> kk.get();
            case RU -> ru.get();
            case EN -> en.get();
        };
    }
}
