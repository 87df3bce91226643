package dev.devolve.pack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal and policy sources rules may cite. A citation id is {@code SOURCE}, {@code SOURCE art.N}
 * (an article of a law) or {@code SOURCE §N} (a section of a policy document), e.g.
 * {@code APL2021 art.24}. Two placeholders are filled in per decision: {@code PROVINCIAL_DECISION}
 * becomes the province's document number when the request gives one, and {@code MATTER_BASIS}
 * becomes the matter's own legal basis; {@code DUTY_BASIS} becomes a duty's basis and
 * {@code APPROVAL} the county's approval of a proposed duty.
 */
public final class Citations {

    /** Placeholder for the provincial decision that lists the matter. */
    public static final String PROVINCIAL_DECISION = "PROVINCIAL_DECISION";
    /** Placeholder for the matter's own legal basis. */
    public static final String MATTER_BASIS = "MATTER_BASIS";
    /** Placeholder for the duty's own basis (the law or document that names its lead), cited verbatim. */
    public static final String DUTY_BASIS = "DUTY_BASIS";
    /** Placeholder for the county's approval of a proposed duty: who approved it, and when. */
    public static final String APPROVAL = "APPROVAL";

    private static final Map<String, String[]> SOURCES = new LinkedHashMap<>();
    private static final Pattern ID = Pattern.compile("([A-Z][A-Z0-9]*(?:-[0-9]+)?)(?: (art\\.[0-9]+(?:-[0-9]+)?|§[0-9]+))?");

    static {
        SOURCES.put("APL2021", new String[] {"《中华人民共和国行政处罚法》（2021年修订）", "Administrative Penalty Law, 2021 revision (in force 2021-07-15)"});
        SOURCES.put("APL1996", new String[] {"《中华人民共和国行政处罚法》（1996年）", "Administrative Penalty Law, 1996 text as amended"});
        SOURCES.put("ACL2011", new String[] {"《中华人民共和国行政强制法》", "Administrative Coercion Law, 2011"});
        SOURCES.put("OPINIONS2017", new String[] {"中办发〔2017〕11号《关于加强乡镇政府服务能力建设的意见》", "Opinions on strengthening township government service capacity (2017)"});
        SOURCES.put("GUOFA2016-49", new String[] {"国发〔2016〕49号 推进中央与地方财政事权和支出责任划分改革的指导意见", "Guideline on dividing central and local fiscal powers and expenditure responsibilities (2016)"});
        SOURCES.put("GUOBANFA2018-6", new String[] {"国办发〔2018〕6号 基本公共服务领域中央与地方共同财政事权和支出责任划分改革方案", "Plan for shared central–local fiscal powers in basic public services (2018)"});
        SOURCES.put("GUOBANFA2022-20", new String[] {"国办发〔2022〕20号 关于进一步推进省以下财政体制改革工作的指导意见", "Guideline on fiscal reform below the province (2022)"});
        SOURCES.put("GRASSROOTS2019", new String[] {"中办国办《关于推进基层整合审批服务执法力量的实施意见》（2019）", "Implementing opinion on integrating grassroots approval, service and enforcement forces (2019)"});
        SOURCES.put("DUTYLISTS", new String[] {"中办国办《关于全面建立乡镇（街道）履行职责事项清单的意见》", "Opinion on establishing township duty lists nationwide (date and number unverified)"});
        SOURCES.put("BURDEN2024", new String[] {"《整治形式主义为基层减负若干规定》（2024）", "Provisions on curbing formalism to ease the burden at the grassroots (2024-08-06)"});
        SOURCES.put("GOVERNANCE2021", new String[] {"中共中央 国务院《关于加强基层治理体系和治理能力现代化建设的意见》（2021）", "Opinion on modernising grassroots governance (2021)"});
    }

    private Citations() {
    }

    /** Every known source id with its name in Chinese and English. */
    public static Map<String, String[]> sources() {
        Map<String, String[]> copy = new LinkedHashMap<>();
        SOURCES.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** Whether a rule may cite this id. */
    public static boolean isValid(String citation) {
        if (PROVINCIAL_DECISION.equals(citation) || MATTER_BASIS.equals(citation) || DUTY_BASIS.equals(citation)
                || APPROVAL.equals(citation)) {
            return true;
        }
        Matcher m = ID.matcher(citation);
        return m.matches() && SOURCES.containsKey(m.group(1));
    }
}
