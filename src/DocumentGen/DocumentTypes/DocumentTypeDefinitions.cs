namespace Reconsideration.DocumentGen.DocumentTypes;

/// <summary>
/// The statutory list of document types. Names and articles are law, so they live in code; the type codes of
/// document numbers are configuration (numbering.json) and the wording is in the templates.
/// </summary>
internal static class DocumentTypeDefinitions
{
    internal sealed record Definition(string Key, string ChineseName, string Articles, string Recipients);

    internal static readonly IReadOnlyList<Definition> All =
    [
        new("receipt-of-materials", "接收材料凭证", "行政复议法第22条、第30条、第31条", "申请人"),
        new("oral-application-record", "口头申请笔录", "行政复议法第22条第3款", "申请人（签名确认）"),
        new("correction-notice", "补正通知书", "行政复议法第31条；实施条例第29条", "申请人"),
        new("acceptance-notice", "受理通知书", "行政复议法第30条、第36条、第53条、第62条", "申请人、第三人"),
        new("refusal-decision", "不予受理决定书", "行政复议法第30条、第34条；行政诉讼法第45条", "申请人"),
        new("reply-notice", "提出答复通知书", "行政复议法第48条、第54条、第70条", "被申请人"),
        new("third-party-notice", "第三人参加行政复议通知书", "行政复议法第16条、第17条、第47条", "第三人"),
        new("hearing-notice", "听证通知书", "行政复议法第50条、第51条", "申请人、被申请人、第三人"),
        new("suspension-notice", "中止审理通知书", "行政复议法第39条", "申请人、被申请人、第三人"),
        new("resumption-notice", "恢复审理通知书", "行政复议法第39条第2款、第3款", "申请人、被申请人、第三人"),
        new("extension-notice", "延期审理通知书", "行政复议法第62条", "申请人、被申请人、第三人"),
        new("dismissal-decision", "驳回行政复议申请决定书", "行政复议法第33条；行政诉讼法第45条", "申请人、被申请人、第三人"),
        new("termination-decision", "终止行政复议决定书", "行政复议法第41条、第74条", "申请人、被申请人、第三人"),
        new("mediation-agreement", "行政复议调解书", "行政复议法第5条、第73条、第77条、第78条", "申请人、被申请人、第三人"),
        new("decision", "行政复议决定书", "行政复议法第61条至第75条；行政诉讼法第45条", "申请人、被申请人、第三人"),
        new("opinion-letter", "行政复议意见书", "行政复议法第76条、第77条", "被申请人或其他下级行政机关"),
        new("performance-order", "责令履行通知书", "行政复议法第77条、第83条", "被申请人"),
        new("service-receipt", "送达回证", "行政复议法第88条；民事诉讼法第87条至第89条", "案卷（受送达人签收）"),
        new("approval-record", "行政复议文书签发单", "行政复议法第61条（内部审批）", "案卷（内部）"),
    ];
}
