namespace Reconsideration.Host.Features.Cases.Domain.Validation;

/// <summary>
/// Checks an application at intake and lists every problem at once. Intake requires what identifies the application
/// (received date, channel, the oral transcript, who applies, against whom, what act and what is asked); anything
/// else that is missing is a matter for correction (Art. 31), not a reason to refuse registration. What is given is
/// always checked: ID numbers, credit codes, phones, dates.
/// </summary>
public static class ApplicationValidator
{
    /// <summary>Every problem of <paramref name="application"/>; empty when it may be registered.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(Application application, DateOnly today)
    {
        var problems = new List<ValidationProblem>();
        void Add(string field, string message) => problems.Add(new ValidationProblem(field, message));

        if (application.ReceivedOn > today)
            Add("receivedOn", $"收到申请日期{Case.ChineseDate(application.ReceivedOn)}晚于今天，请核对。");
        if (!Enum.IsDefined(application.Channel))
            Add("channel", "请选择申请方式：窗口递交、邮寄、网上申请或口头申请。");
        CheckOralRecord(application, Add);

        var applicants = application.Applicants ?? [];
        if (applicants.Count == 0)
            Add("applicants", "请至少填写一名申请人。");
        for (var i = 0; i < applicants.Count; i++)
            PartyChecks.Check(applicants[i], $"applicants[{i}]", $"申请人{i + 1}", today, Add);
        var thirdParties = application.ThirdParties ?? [];
        for (var i = 0; i < thirdParties.Count; i++)
            PartyChecks.Check(thirdParties[i], $"thirdParties[{i}]", $"第三人{i + 1}", today, Add);

        var names = applicants.Select(a => a.Name?.Trim()).ToHashSet();
        if (!string.IsNullOrWhiteSpace(application.Representative) && !names.Contains(application.Representative.Trim()))
            Add("representative", $"代表人“{application.Representative}”须是申请人之一（《行政复议法》第十五条：由申请人推选代表人）。");

        var principals = names.Concat(thirdParties.Select(t => t.Name?.Trim())).ToHashSet();
        var agents = application.Agents ?? [];
        for (var i = 0; i < agents.Count; i++)
            PartyChecks.CheckAgent(agents[i], $"agents[{i}]", $"委托代理人{i + 1}", principals, today, Add);
        foreach (var group in agents.GroupBy(a => a.Principal?.Trim()).Where(g => g.Count() > 2))
            Add("agents", $"“{group.Key}”委托了{group.Count()}名代理人，每名当事人可以委托一至二名代理人（《行政复议法》第十七条）。");

        CheckRespondent(application.Respondent, Add);
        CheckAct(application.ChallengedAct, application.ReceivedOn, today, Add);
        if (string.IsNullOrWhiteSpace(application.Requests))
            Add("requests", "请填写行政复议请求（《行政复议法》第三十条第一款第三项：有具体的行政复议请求）。");
        return problems;
    }

    /// <summary>The application with ID numbers and codes upper-cased, text trimmed, and sex and birth date taken from a valid ID number when not given.</summary>
    public static Application Normalize(Application application) => application with
    {
        Applicants = [.. application.Applicants.Select(PartyChecks.Normalize)],
        ThirdParties = [.. (application.ThirdParties ?? []).Select(PartyChecks.Normalize)],
        Agents = [.. (application.Agents ?? []).Select(a => a with
        {
            Name = a.Name.Trim(),
            Principal = a.Principal.Trim(),
            IdNumber = PartyChecks.Blank(a.IdNumber) ? null : ResidentIdNumber.Normalize(a.IdNumber!),
        })],
        Respondent = application.Respondent with
        {
            Name = application.Respondent.Name.Trim(),
            CreditCode = PartyChecks.Blank(application.Respondent.CreditCode) ? null : UnifiedSocialCreditCode.Normalize(application.Respondent.CreditCode!),
        },
        Representative = PartyChecks.Blank(application.Representative) ? null : application.Representative!.Trim(),
        Requests = application.Requests.Trim(),
        FactsAndReasons = application.FactsAndReasons?.Trim() ?? "",
    };

    private static void CheckOralRecord(Application application, Action<string, string> add)
    {
        var record = application.OralRecord;
        if (application.Channel == ApplicationChannel.Oral)
        {
            if (record is null)
            {
                add("oralRecord", "口头申请须附口头申请笔录（《行政复议法》第二十二条第三款）。");
                return;
            }

            if (string.IsNullOrWhiteSpace(record.Transcript))
                add("oralRecord.transcript", "口头申请笔录的内容不能为空。");
            if (string.IsNullOrWhiteSpace(record.RecordedBy))
                add("oralRecord.recordedBy", "请填写口头申请笔录的记录人。");
            if (!record.SignedByApplicant)
                add("oralRecord.signedByApplicant", "口头申请笔录须交申请人核对并签名确认。");
        }
        else if (record is not null)
        {
            add("oralRecord", "只有口头申请才附口头申请笔录；书面申请请以申请书作为材料上传。");
        }
    }

    private static void CheckRespondent(Respondent? respondent, Action<string, string> add)
    {
        if (respondent is null || string.IsNullOrWhiteSpace(respondent.Name))
        {
            add("respondent.name", "请填写被申请人（作出行政行为的行政机关）名称。");
            return;
        }

        if (!PartyChecks.Blank(respondent.CreditCode))
            foreach (var message in UnifiedSocialCreditCode.Check(respondent.CreditCode!, "被申请人的统一社会信用代码"))
                add("respondent.creditCode", message);
    }

    private static void CheckAct(ChallengedAct? act, DateOnly receivedOn, DateOnly today, Action<string, string> add)
    {
        if (act is null)
        {
            add("challengedAct", "请填写被申请复议的行政行为。");
            return;
        }

        if (string.IsNullOrWhiteSpace(act.Title))
            add("challengedAct.title", "请填写被申请复议的行政行为名称，例如“行政处罚决定”。");
        if (act.Date is { } date && (date > today || date > receivedOn))
            add("challengedAct.date", $"行政行为作出日期{Case.ChineseDate(date)}晚于收到申请日期或今天，请核对。");
        if (act.Amount is < 0)
            add("challengedAct.amount", "行政行为涉及的金额不能为负数。");
    }
}
