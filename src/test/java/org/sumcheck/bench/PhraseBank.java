package org.sumcheck.bench;

import java.util.SplittableRandom;

/**
 * Words and phrases of the genre the benchmark corpus is assembled from. Written for this project; every
 * phrase is clean on its own (no years, no placeholders, paired quotes, full-width punctuation), so a generated
 * document's only defects are the ones {@link CorpusGenerator} injects.
 */
final class PhraseBank {
    private PhraseBank() {
    }

    static final String[] ORGS = {"市教育局机关党委", "区卫生健康委员会党支部", "县财政局党总支", "城南街道党工委",
            "市交通运输局第二党支部", "第三中学党支部", "县人民医院党委", "区市场监管局机关党支部", "市图书馆党支部",
            "经济技术开发区管委会党委", "市自然资源和规划局党组", "县农业农村局党支部", "区人民法院机关党委",
            "市公共资源交易中心党支部", "镇党委", "市税务局第一党支部"};

    static final String[] YEAR_MEANING = {"深入贯彻落实党的二十大精神的关键之年", "全面推进各项工作提质增效的重要一年",
            "巩固拓展工作成果、推动高质量发展的重要一年"};

    static final String[] TOPIC_HEADINGS = {"强化政治理论学习，筑牢思想根基", "夯实基层组织建设，建设坚强战斗堡垒",
            "加强党员教育管理，发挥先锋模范作用", "深化作风建设，持续改进工作作风", "落实意识形态工作责任制",
            "推进党风廉政建设，营造风清气正环境", "推动党建与业务深度融合", "加强干部队伍建设，提升履职能力"};

    static final String[] PROBLEM_HEADINGS = {"存在的问题和不足", "存在的主要问题", "问题与不足", "存在问题"};

    static final String[] NEXT_HEADINGS = {"下一步工作打算", "下步工作思路", "今后工作打算", "下一步工作安排"};

    static final String[] SUBHEADINGS = {"突出政治引领", "坚持学用结合", "健全组织体系", "严格组织生活",
            "规范党员管理", "加强阵地建设", "压实主体责任", "强化监督执纪", "创新活动载体", "抓实队伍建设",
            "完善制度机制", "深化结对共建", "聚焦服务群众", "推动融合发展", "加强宣传引导", "抓好整改落实"};

    static final String[][] NEXT_SUBHEADINGS = {
            {"持续加强理论武装", "不断夯实组织基础", "驰而不息改进作风"},
            {"在学懂弄通上下功夫", "在建强组织上下功夫", "在融合发展上下功夫"},
            {"聚焦政治建设", "聚焦组织建设", "聚焦作风建设"}};

    private static final String[] TOPICS = {"理论学习", "支部建设", "党员教育管理", "作风建设", "意识形态工作",
            "党风廉政建设", "基层组织建设", "制度建设", "干部队伍建设", "群众工作", "主题党日活动", "阵地建设"};
    private static final String[] ROLES = {"首要政治任务", "重要抓手", "基础性工作", "经常性工作", "重中之重"};
    private static final String[] ACTIONS = {"认真落实“三会一课”制度", "扎实开展主题党日活动", "建立健全学习考核机制",
            "深化党建与业务融合", "推进党支部标准化规范化建设", "完善党员积分管理办法", "组织党员开展志愿服务",
            "加强对党员干部的日常监督", "落实谈心谈话制度", "开展警示教育活动", "用好学习强国等线上平台",
            "开展岗位练兵和业务比武", "建立问题清单和整改台账", "推行支部工作纪实管理", "深入基层开展调查研究"};
    private static final String[] EFFECTS = {"党员的政治意识和责任意识明显增强", "支部的凝聚力和战斗力不断提升",
            "干部职工干事创业的热情进一步激发", "各项工作的规范化水平有了新的提高", "群众的获得感和满意度持续提升",
            "学习的针对性和实效性明显增强", "风清气正的良好氛围逐步形成", "基层党组织的政治功能不断增强"};
    private static final String[] MANNERS = {"坚持", "注重", "着力", "始终", "切实"};

    static final String[][] COUNTED = {{"全年共召开支部委员会", "次"}, {"组织集中学习", "次"},
            {"开展专题党课", "次"}, {"撰写心得体会", "篇"}, {"参与志愿服务", "人次"}, {"开展谈心谈话", "人次"},
            {"举办专题培训班", "期"}, {"走访慰问困难党员", "名"}, {"收集意见建议", "条"}, {"开展主题党日活动", "次"}};

    static final String[] PROBLEM_OPENERS = {"对照上级要求和群众期盼，我们的工作还存在一些差距：",
            "在肯定成绩的同时，我们也清醒地看到存在的不足：", "回顾全年工作，仍存在一些问题："};
    static final String[] PROBLEMS = {"理论学习的深度和广度还不够", "部分党员学习的主动性不强",
            "党建与业务融合还不够紧密", "制度执行有时存在宽松软的现象", "创新意识不强，工作方法比较传统",
            "组织生活的质量有待提高", "对青年党员的培养还不够系统", "基层阵地的作用发挥还不充分"};
    static final String[] REASONS = {"对党建工作重要性的认识还不够到位", "抓党建的方法不多、办法不新",
            "责任传导存在层层递减的情况", "考核评价的导向作用发挥不够"};
    static final String[] RESOLVE = {"坚持问题导向，补齐短板弱项", "紧扣中心工作，突出重点抓落实",
            "坚持守正创新，推动党建工作提质增效"};

    static final String[] RESIDUE = {"##paidbegin##", "##paidbegin##本文为会员内容，下载后可编辑##paidend##"};

    static String pick(SplittableRandom rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    static <T> T pick(SplittableRandom rnd, T[] from) {
        return from[rnd.nextInt(from.length)];
    }

    /** One body sentence of the genre, ending in 。. */
    static String sentence(SplittableRandom rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> "坚持把" + pick(rnd, TOPICS) + "作为" + pick(rnd, ROLES) + "，" + pick(rnd, ACTIONS) + "，"
                    + pick(rnd, ACTIONS) + "。";
            case 1 -> "通过" + pick(rnd, ACTIONS) + "，" + pick(rnd, EFFECTS) + "。";
            case 2 -> pick(rnd, MANNERS) + pick(rnd, ACTIONS) + "，推动" + pick(rnd, TOPICS) + "走深走实，"
                    + pick(rnd, EFFECTS) + "。";
            default -> "围绕" + pick(rnd, TOPICS) + "，" + pick(rnd, ACTIONS) + "，" + pick(rnd, ACTIONS) + "，"
                    + pick(rnd, EFFECTS) + "。";
        };
    }
}
