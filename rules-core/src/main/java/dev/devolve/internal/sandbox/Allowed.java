package dev.devolve.internal.sandbox;

import dev.devolve.model.AsOf;
import dev.devolve.model.CentralShare;
import dev.devolve.model.DelegationStatus;
import dev.devolve.model.DerivedFacts;
import dev.devolve.model.Duty;
import dev.devolve.model.Level;
import dev.devolve.model.Matter;
import dev.devolve.model.MatterAmount;
import dev.devolve.model.MatterCategory;
import dev.devolve.model.MatterCost;
import dev.devolve.model.MatterField;
import dev.devolve.model.MissingFact;
import dev.devolve.model.Mode;
import dev.devolve.model.ModeFinding;
import dev.devolve.model.Obligation;
import dev.devolve.model.ObligationFinding;
import dev.devolve.model.Outcome;
import dev.devolve.model.OutcomeFinding;
import dev.devolve.model.Param;
import dev.devolve.model.Problem;
import dev.devolve.model.ProfessionalDemand;
import dev.devolve.model.ProvinceContext;
import dev.devolve.model.ProvinceStatus;
import dev.devolve.model.ProvinceTier;
import dev.devolve.model.ReviewFinding;
import dev.devolve.model.ReviewMissing;
import dev.devolve.model.ReviewObligation;
import dev.devolve.model.ReviewOutcome;
import dev.devolve.model.ServiceCategory;
import dev.devolve.model.ServiceShares;
import dev.devolve.model.SharedService;
import dev.devolve.model.Sharing;
import dev.devolve.model.Township;
import dev.devolve.model.TownshipClass;
import dev.devolve.model.TownshipKind;
import dev.devolve.model.TownshipObject;
import dev.devolve.model.Transfer;
import dev.devolve.model.UnfundedMandate;
import dev.devolve.model.Usage;
import dev.devolve.model.UsageFinding;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What code from a pack that is not trusted may touch, by class and member name. One table serves
 * both checks: the source check allows the names rule authors may write, the bytecode check the
 * same members by owner, plus what the executable-model generator itself emits.
 *
 * <p>Rule authors get the fact model (every public member of {@code dev.devolve.model} except
 * builders and the constructors and factories of input facts, so that rules can create findings
 * only), and side-effect-free, bounded members of {@code String}, {@code BigDecimal},
 * {@code java.time} and read-only collection queries. No member that takes a size, a format, a
 * regular expression, a power or a class is listed: those are how a single call hangs a decision
 * or exhausts the heap.
 */
final class Allowed {

    /** Findings: the only model types a rule may create and insert. */
    static final Set<Class<?>> FINDINGS = Stream.concat(DutyModel.FINDINGS.stream(), Stream.of(OutcomeFinding.class, MissingFact.class, ModeFinding.class, ObligationFinding.class,
            MatterCost.class, CentralShare.class, ServiceShares.class, UnfundedMandate.class, Problem.class, ProvinceTier.class,
            ReviewFinding.class, ReviewMissing.class, ReviewObligation.class, UsageFinding.class))
            .collect(Collectors.toUnmodifiableSet());

    static final String MODEL_PACKAGE = AsOf.class.getPackageName();

    /** JDK members rule code may use, by internal class name; "*" allows every member. */
    private static final Map<String, Set<String>> JDK = Map.ofEntries(
            Map.entry("java/lang/Object", Set.of("<init>", "equals", "hashCode", "toString")),
            Map.entry("java/lang/String", Set.of("length", "isEmpty", "isBlank", "charAt", "startsWith", "endsWith", "contains",
                    "equals", "equalsIgnoreCase", "compareTo", "compareToIgnoreCase", "hashCode", "indexOf", "lastIndexOf", "substring",
                    "trim", "strip", "toLowerCase", "toUpperCase", "valueOf", "toString")),
            // No valueOf(long, scale), toPlainString, setScale or movePoint: a scale is a size.
            // The constructor is there for decimal literals, which the source check keeps free of
            // exponents. The arithmetic operators * / % compile to the MathContext forms, which
            // round to 34 digits; the unbounded forms are not listed (a name with a descriptor
            // allows that one signature, and only in compiled code).
            Map.entry("java/math/BigDecimal", Set.of("<init>", "add", "subtract", "negate", "abs", "signum", "compareTo", "min", "max",
                    "equals", "hashCode", "intValue", "longValue", "doubleValue", "toString", "precision", "scale", "ZERO", "ONE", "TEN",
                    "multiply(Ljava/math/BigDecimal;Ljava/math/MathContext;)Ljava/math/BigDecimal;",
                    "divide(Ljava/math/BigDecimal;Ljava/math/MathContext;)Ljava/math/BigDecimal;",
                    "remainder(Ljava/math/BigDecimal;Ljava/math/MathContext;)Ljava/math/BigDecimal;")),
            Map.entry("java/math/MathContext", Set.of("DECIMAL128")),
            Map.entry("java/math/RoundingMode", Set.of("HALF_UP", "HALF_EVEN", "DOWN", "UP", "FLOOR", "CEILING")),
            Map.entry("java/time/LocalDate", Set.of("of", "isBefore", "isAfter", "isEqual", "equals", "compareTo", "hashCode", "getYear",
                    "getMonthValue", "getDayOfMonth", "plusDays", "plusMonths", "plusYears", "minusDays", "minusMonths", "minusYears",
                    "toString", "MIN", "MAX")),
            Map.entry("java/time/chrono/ChronoLocalDate", Set.of("isBefore", "isAfter", "isEqual", "compareTo")),
            Map.entry("java/util/Collection", Set.of("contains", "isEmpty", "size")),
            Map.entry("java/util/List", Set.of("contains", "isEmpty", "size", "get")),
            Map.entry("java/util/Set", Set.of("contains", "isEmpty", "size")),
            Map.entry("java/util/Map", Set.of("containsKey", "get", "getOrDefault", "isEmpty", "size")),
            Map.entry("java/util/Objects", Set.of("equals", "isNull", "nonNull")),
            Map.entry("java/lang/Math", Set.of("min", "max", "abs")),
            Map.entry("java/lang/Number", Set.of("intValue", "longValue", "doubleValue")),
            Map.entry("java/lang/Integer", Set.of("valueOf", "intValue", "longValue", "doubleValue", "compareTo", "equals", "hashCode",
                    "compare", "MAX_VALUE", "MIN_VALUE", "TYPE")),
            Map.entry("java/lang/Long", Set.of("valueOf", "intValue", "longValue", "doubleValue", "compareTo", "equals", "hashCode",
                    "compare", "TYPE")),
            Map.entry("java/lang/Double", Set.of("valueOf", "intValue", "longValue", "doubleValue", "compareTo", "equals", "hashCode",
                    "compare", "TYPE")),
            Map.entry("java/lang/Boolean", Set.of("valueOf", "booleanValue", "equals", "hashCode", "TRUE", "FALSE", "TYPE")),
            Map.entry("java/lang/Enum", Set.of("<init>", "valueOf", "name", "ordinal", "compareTo", "equals", "hashCode", "toString")),
            Map.entry("java/lang/Comparable", Set.of("compareTo")));

    /**
     * What the executable-model generator emits around rule code, and nothing more: the model DSL
     * that declares patterns, indexes and consequences (declarative builders, run once when the
     * KieBase is assembled), the functional interfaces each constraint and consequence lambda
     * implements, the comparison helpers constraints compile to, {@code Drools.insert} (the only
     * engine operation a consequence may use), boxing and string switches in the generated
     * metadata, the date format the generated rules class sets up, and the two bootstrap methods
     * of lambdas and string concatenation.
     */
    private static final Map<String, Set<String>> GENERATOR = Map.ofEntries(
            Map.entry("org/drools/modelcompiler/dsl/pattern/D", Set.of("*")),
            Map.entry("org/drools/model/PatternDSL", Set.of("*")),
            Map.entry("org/drools/model/PatternDSL$PatternDef", Set.of("*")),
            Map.entry("org/drools/model/impl/RuleBuilder", Set.of("*")),
            Map.entry("org/drools/model/consequences/ConsequenceBuilder", Set.of("*")),
            Map.entry("org/drools/model/consequences/ConsequenceBuilder$_0", Set.of("*")),
            Map.entry("org/drools/model/consequences/ConsequenceBuilder$_1", Set.of("*")),
            Map.entry("org/drools/model/consequences/ConsequenceBuilder$_2", Set.of("*")),
            Map.entry("org/drools/model/consequences/ConsequenceBuilder$_3", Set.of("*")),
            Map.entry("org/drools/model/consequences/ConsequenceBuilder$_4", Set.of("*")),
            Map.entry("org/drools/model/consequences/ConsequenceBuilder$_5", Set.of("*")),
            Map.entry("org/drools/model/consequences/ConsequenceBuilder$_6", Set.of("*")),
            Map.entry("org/drools/model/RuleItemBuilder", Set.of("*")),
            Map.entry("org/drools/model/Rule", Set.of("*")),
            Map.entry("org/drools/model/Rule$Attribute", Set.of("*")),
            Map.entry("org/drools/model/Model", Set.of("*")),
            Map.entry("org/drools/model/Index", Set.of("*")),
            Map.entry("org/drools/model/Index$ConstraintType", Set.of("*")),
            Map.entry("org/drools/model/AlphaIndex", Set.of("*")),
            Map.entry("org/drools/model/BetaIndex", Set.of("*")),
            Map.entry("org/drools/model/Variable", Set.of("*")),
            Map.entry("org/drools/model/Declaration", Set.of("*")),
            Map.entry("org/drools/model/DeclarationSource", Set.of("*")),
            Map.entry("org/drools/model/From", Set.of("*")),
            Map.entry("org/drools/model/DomainClassMetadata", Set.of("*")),
            Map.entry("org/drools/model/view/ViewItemBuilder", Set.of("*")),
            Map.entry("org/drools/model/view/ViewItem", Set.of("*")),
            Map.entry("org/drools/model/view/ExprViewItem", Set.of("*")),
            Map.entry("org/drools/model/functions/HashedExpression", Set.of("*")),
            Map.entry("org/drools/model/functions/PredicateInformation", Set.of("*")),
            Map.entry("org/drools/modelcompiler/util/EvaluationUtil", Set.of("*")),
            // The two point-free operators the source check allows, as the generator compiles them.
            Map.entry("org/drools/model/operators/ContainsOperator", Set.of("*")),
            Map.entry("org/drools/model/operators/MemberOfOperator", Set.of("*")),
            Map.entry("org/drools/model/Drools", Set.of("insert")),
            Map.entry("org/drools/util/DateUtils", Set.of("getDateFormatMask")),
            Map.entry("java/time/format/DateTimeFormatterBuilder", Set.of("<init>", "parseCaseInsensitive", "appendPattern", "toFormatter")),
            Map.entry("java/time/format/DateTimeFormatter", Set.of()),
            Map.entry("java/util/Locale", Set.of("ENGLISH")),
            Map.entry("java/util/Arrays", Set.of("asList")),
            Map.entry("java/util/Collections", Set.of("emptyList")),
            Map.entry("java/lang/System", Set.of("arraycopy")),
            Map.entry("java/lang/Exception", Set.of()),
            Map.entry("java/lang/RuntimeException", Set.of("<init>")),
            Map.entry("java/lang/invoke/MethodHandles", Set.of()),
            Map.entry("java/lang/invoke/MethodHandles$Lookup", Set.of()),
            Map.entry("java/lang/invoke/LambdaMetafactory", Set.of("metafactory", "altMetafactory")),
            Map.entry("java/lang/invoke/StringConcatFactory", Set.of("makeConcatWithConstants")),
            // The project model, written from the kmodule the compiler declares: which KieBase and
            // session to create, and which rules classes to load.
            Map.entry("org/drools/modelcompiler/CanonicalKieModuleModel", Set.of("*")),
            Map.entry("org/kie/api/KieServices", Set.of("get", "newKieModuleModel")),
            Map.entry("org/kie/api/builder/model/KieModuleModel", Set.of("newKieBaseModel")),
            Map.entry("org/kie/api/builder/model/KieBaseModel", Set.of("newKieSessionModel", "setDefault", "setEventProcessingMode",
                    "setMutability", "setSessionsPool")),
            Map.entry("org/kie/api/builder/model/KieSessionModel", Set.of("setClockType", "setDefault", "setType")),
            Map.entry("org/kie/api/builder/model/KieSessionModel$KieSessionType", Set.of("STATEFUL")),
            Map.entry("org/kie/api/conf/EventProcessingOption", Set.of("CLOUD")),
            Map.entry("org/kie/api/conf/KieBaseMutabilityOption", Set.of("ALLOWED")),
            Map.entry("org/kie/api/conf/SessionsPoolOption", Set.of("get")),
            Map.entry("org/kie/api/runtime/conf/ClockTypeOption", Set.of("get")),
            Map.entry("org/kie/util/maven/support/ReleaseIdImpl", Set.of("<init>")),
            Map.entry("java/lang/IllegalArgumentException", Set.of("<init>")));

    /**
     * The functional interfaces of constraint, extractor and consequence lambdas (Predicate1,
     * Function2, Block3, …, and their nested types): every member. The package's utilities
     * (lambda introspection, printing) are not among them.
     */
    private static final Pattern FUNCTIONS = Pattern.compile("org/drools/model/functions/(Predicate|Function|Block)(\\d+|N)(\\$\\w+)?");

    private static final Map<String, Set<String>> MODEL = modelMembers();

    private Allowed() {
    }

    /** Every member name rule code may write, for the source check. */
    static Set<String> ruleMemberNames() {
        Set<String> names = new TreeSet<>();
        JDK.values().forEach(names::addAll);
        MODEL.values().forEach(names::addAll);
        names.remove("<init>");
        names.removeIf(n -> n.contains("("));
        return names;
    }

    /**
     * Whether compiled code may reference the member {@code name} with {@code descriptor} of
     * {@code owner} (internal names).
     */
    static boolean member(String owner, String name, String descriptor) {
        Set<String> members = members(owner);
        return members != null && (members.contains("*") || members.contains(name) || members.contains(name + descriptor));
    }

    /** Whether compiled code may name the class {@code owner} at all (internal name, arrays stripped). */
    static boolean type(String owner) {
        return members(owner) != null;
    }

    private static Set<String> members(String owner) {
        if (FUNCTIONS.matcher(owner).matches()) {
            return Set.of("*");
        }
        Set<String> m = MODEL.get(owner);
        if (m == null) {
            m = JDK.get(owner);
        }
        return m != null ? m : GENERATOR.get(owner);
    }

    /** Whether {@code simpleName} is a finding type. */
    static boolean isFinding(String simpleName) {
        return FINDINGS.stream().anyMatch(c -> c.getSimpleName().equals(simpleName));
    }

    /** Whether {@code simpleName} is a type of the fact model. */
    static boolean isModelType(String simpleName) {
        return MODEL.containsKey(MODEL_PACKAGE.replace('.', '/') + "/" + simpleName);
    }

    /**
     * The public members of the fact model's top-level classes, read from the classes themselves so
     * the list follows the model: builders, and the constructors and static factories of any type
     * that is not a finding, are left out, so rules cannot forge input facts.
     */
    private static Map<String, Set<String>> modelMembers() {
        Map<String, Set<String>> out = new HashMap<>();
        for (Class<?> type : modelClasses()) {
            Set<String> names = new HashSet<>();
            boolean finding = FINDINGS.contains(type);
            for (Method m : type.getMethods()) {
                boolean factory = Modifier.isStatic(m.getModifiers()) && !type.isEnum()
                        && m.getReturnType().getPackageName().equals(MODEL_PACKAGE);
                if (m.getDeclaringClass() == Object.class || m.getName().equals("builder") || m.getName().equals("toBuilder")
                        || (factory && !finding) || m.getReturnType().getSimpleName().equals("Builder")) {
                    continue;
                }
                boolean enumBasics = type.isEnum() && Set.of("name", "ordinal", "compareTo").contains(m.getName());
                if (!m.getDeclaringClass().getPackageName().equals(MODEL_PACKAGE) && !enumBasics) {
                    continue;
                }
                names.add(m.getName());
            }
            for (Field f : type.getFields()) {
                names.add(f.getName());
            }
            if (finding && type.getConstructors().length > 0) {
                names.add("<init>");
            }
            out.put(type.getName().replace('.', '/'), Set.copyOf(names));
        }
        return Map.copyOf(out);
    }

    /** The fact model's public classes: what rules match, read and create. */
    private static List<Class<?>> modelClasses() {
        return Stream.concat(DutyModel.CLASSES.stream(), Stream.of(AsOf.class, CentralShare.class, DerivedFacts.class, Duty.class, Level.class, Matter.class, MatterAmount.class,
                MatterCategory.class, MatterCost.class, MatterCost.Payer.class, MatterField.class, MissingFact.class, Mode.class,
                ModeFinding.class, Obligation.class, ObligationFinding.class, Outcome.class, OutcomeFinding.class, Param.class,
                Problem.class, ProfessionalDemand.class, ProvinceContext.class, ProvinceStatus.class, ProvinceTier.class,
                ServiceCategory.class, ServiceShares.class, SharedService.class, Sharing.class, Township.class, TownshipClass.class,
                TownshipKind.class, TownshipObject.class, Transfer.class, UnfundedMandate.class, Usage.class, DelegationStatus.class,
                ReviewOutcome.class, ReviewFinding.class, ReviewMissing.class, ReviewObligation.class, UsageFinding.class,
                UsageFinding.Kind.class)).toList();
    }
}
