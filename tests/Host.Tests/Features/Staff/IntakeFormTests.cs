using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Staff.Services;
using Reconsideration.Host.Tests.Features.Cases;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class IntakeFormTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static IntakeForm Valid()
    {
        var form = new IntakeForm
        {
            ReceivedOn = new DateTime(2026, 3, 2), RespondentName = "红星区市场监督管理局", ActTitle = "行政处罚决定", ActNumber = "红市监罚〔2026〕8号",
            ActDate = new DateTime(2026, 2, 10), ActAmount = 2000m, Requests = "撤销行政处罚决定。", FactsAndReasons = "认定事实不清。",
        };
        form.Applicants[0].Name = "张三";
        form.Applicants[0].IdNumber = Samples.ZhangSanId;
        form.Applicants[0].Phone = "13800138000";
        return form;
    }

    [Fact]
    public void A_complete_form_maps_to_the_case_models_command_and_has_no_problems()
    {
        var form = Valid();
        form.SuggestedProcedure = Procedure.Simplified;
        form.SuggestionReason = " 罚款金额不超过三千元 ";

        Assert.Empty(form.Problems(Today));
        var command = form.ToCommand();
        var application = command.Application;
        Assert.Equal((Today, ApplicationChannel.Window), (application.ReceivedOn, application.Channel));
        var applicant = Assert.Single(application.Applicants);
        Assert.Equal((PartyKind.NaturalPerson, "张三", Samples.ZhangSanId, "13800138000"), (applicant.Kind, applicant.Name, applicant.IdNumber, applicant.Phone));
        Assert.Equal(("行政处罚决定", "红市监罚〔2026〕8号", new DateOnly(2026, 2, 10), 2000m),
            (application.ChallengedAct.Title, application.ChallengedAct.DocumentNumber, application.ChallengedAct.Date, application.ChallengedAct.Amount));
        Assert.Null(application.OralRecord);
        Assert.Equal(new ProcedureSuggestion(Procedure.Simplified, "罚款金额不超过三千元"), command.SuggestedProcedure);
        Assert.True(form.MaySuggestSimplified);
    }

    [Fact]
    public void A_wrong_check_digit_is_reported_at_the_applicants_id_field_and_nowhere_else()
    {
        var form = Valid();
        form.Applicants[0].IdNumber = Samples.ZhangSanId[..17] + (Samples.ZhangSanId[17] == '0' ? "1" : "0");

        var problem = Assert.Single(form.Problems(Today));

        Assert.Equal("applicants[0].idNumber", problem.Field);
        Assert.Contains("校验码错误", problem.Message);
        Assert.Contains("申请人1（张三）", problem.Message);
    }

    [Fact]
    public void A_third_party_is_checked_like_an_applicant_and_goes_into_the_application()
    {
        var form = Valid();
        form.ThirdParties.Add(new PartyForm { Name = "李四", IdNumber = Samples.LiSiId[..17] + (Samples.LiSiId[17] == '0' ? "1" : "0") });
        form.ThirdParties.Add(new PartyForm { Kind = PartyKind.Organisation, Name = "红星餐饮有限公司", CreditCode = Samples.CompanyCode, IdNumber = "ignored" });

        var problem = Assert.Single(form.Problems(Today));
        Assert.Equal("thirdParties[0].idNumber", problem.Field);
        Assert.Contains("第三人1（李四）", problem.Message);
        Assert.Contains("校验码错误", problem.Message);

        form.ThirdParties[0].IdNumber = Samples.LiSiId;
        Assert.Empty(form.Problems(Today));
        var thirdParties = form.ToCommand().Application.ThirdParties;
        Assert.Equal(["李四", "红星餐饮有限公司"], thirdParties.Select(p => p.Name));
        Assert.Equal((Samples.LiSiId, (string?)null), (thirdParties[0].IdNumber, thirdParties[0].CreditCode));
        Assert.Equal((Samples.CompanyCode, (string?)null), (thirdParties[1].CreditCode, thirdParties[1].IdNumber));
    }

    [Fact]
    public void Fields_of_the_other_party_kind_are_ignored_so_switching_kind_leaves_no_hidden_errors()
    {
        var form = Valid();
        form.Applicants[0].CreditCode = "not a code";
        form.Applicants[0].LegalRepresentative = "王五";
        Assert.Empty(form.Problems(Today));

        form.Applicants[0].Kind = PartyKind.Organisation;
        form.Applicants[0].Name = "红星商贸有限公司";
        form.Applicants[0].CreditCode = Samples.CompanyCode;
        var organisation = Assert.Single(form.ToCommand().Application.Applicants);
        Assert.Empty(form.Problems(Today));
        Assert.Equal((null, null, Samples.CompanyCode), (organisation.IdNumber, organisation.Sex, organisation.CreditCode));
    }

    [Fact]
    public void What_the_inputs_can_leave_unset_is_reported_with_the_validators_own_messages()
    {
        var form = Valid();
        form.ReceivedOn = null;
        form.Channel = null;
        form.RespondentName = " ";
        form.Requests = null;
        form.Agents.Add(new AgentForm { Name = "李律师", Principal = "张三", Scope = "代为申请" });

        var problems = new FieldErrors(form.Problems(Today));

        Assert.Equal("请填写收到申请日期。", problems.Of("receivedOn"));
        Assert.StartsWith("请选择申请方式", problems.Of("channel"));
        Assert.StartsWith("请填写被申请人", problems.Of("respondent.name"));
        Assert.StartsWith("请填写行政复议请求", problems.Of("requests"));
        Assert.Equal("请填写委托代理人1授权委托书的签署日期。", problems.Of("agents[0].powerOfAttorney.signedOn"));
    }

    [Fact]
    public void An_oral_application_carries_its_transcript_and_needs_time_place_interviewer_and_the_applicants_signature()
    {
        var form = Valid();
        form.Channel = ApplicationChannel.Oral;

        var missing = new FieldErrors(form.Problems(Today));
        Assert.True(missing.Has("oralRecord.startTime"));
        Assert.True(missing.Has("oralRecord.place"));
        Assert.True(missing.Has("oralRecord.interviewer"));
        Assert.True(missing.Has("oralRecord.recordedBy"));
        Assert.True(missing.Has("oralRecord.signedByApplicant"));

        form.Oral.StartTime = "9:30";
        form.Oral.Place = "接待室";
        form.Oral.Interviewer = "王敏";
        form.Oral.Recorder = "李明";
        form.Oral.SignedByApplicant = true;
        Assert.Empty(form.Problems(Today));
        var record = form.ToCommand().Application.OralRecord!;
        Assert.Equal(("李明", true), (record.RecordedBy, record.SignedByApplicant));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8)), record.RecordedAt);
        Assert.Contains("地点：接待室", record.Transcript);
        Assert.Contains("行政复议请求：撤销行政处罚决定。", record.Transcript);
        Assert.Equal("2026-03-02T09:30", form.RecordData()["record"]!["start"]!.GetValue<string>());
    }

    [Fact]
    public async Task Registering_the_command_stores_the_suggestion_and_names_it_in_the_history()
    {
        using var bed = new CasesTestBed(Today);
        var form = Valid();
        form.SuggestedProcedure = Procedure.Simplified;
        form.SuggestionReason = "罚款金额不超过三千元";

        var registered = await bed.Intake.RegisterAsync(form.ToCommand());
        var stored = await bed.Queries.GetAsync(registered.Id);

        Assert.Equal(new ProcedureSuggestion(Procedure.Simplified, "罚款金额不超过三千元"), stored.SuggestedProcedure);
        Assert.Contains("建议适用简易程序：罚款金额不超过三千元", Assert.Single(stored.History).Action);
        Assert.Equal(Samples.ZhangSanId, stored.Application.Applicants[0].IdNumber);
    }
}
