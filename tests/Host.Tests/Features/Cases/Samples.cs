using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Tests.Features.Cases;

/// <summary>Valid applications to start from; tests change what they are about.</summary>
public static class Samples
{
    /// <summary>A man born 1985-06-15 (odd 17th digit), Hangzhou address code.</summary>
    public static readonly string ZhangSanId = CheckDigits.IdNumber("33010619850615003");

    /// <summary>A woman born 1992-02-29 (even 17th digit).</summary>
    public static readonly string LiSiId = CheckDigits.IdNumber("33010619920229004");

    public static readonly string CompanyCode = CheckDigits.CreditCode("91330106MA2B3C4D5");

    public static Party ZhangSan(string name = "张三") => new()
    {
        Kind = PartyKind.NaturalPerson, Name = name, IdNumber = ZhangSanId, Sex = Sex.Male, BirthDate = new DateOnly(1985, 6, 15),
        Address = "红星区人民路1号", Phone = "13800138000",
    };

    public static Party Company() => new()
    {
        Kind = PartyKind.Organisation, Name = "红星商贸有限公司", CreditCode = CompanyCode, LegalRepresentative = "王五",
        Address = "红星区建设路8号", Phone = "0571-87654321",
    };

    public static Application Application(DateOnly receivedOn, string applicant = "张三", string respondent = "红星区市场监督管理局") => new()
    {
        ReceivedOn = receivedOn,
        Channel = ApplicationChannel.Window,
        Applicants = [ZhangSan(applicant)],
        Respondent = new Respondent { Name = respondent, LegalRepresentative = "赵六" },
        ChallengedAct = new ChallengedAct
        {
            Type = ChallengedActType.Penalty, Title = "行政处罚决定", DocumentNumber = "红市监罚〔2026〕8号",
            Date = receivedOn.AddDays(-20), Amount = 5000m,
        },
        Requests = "撤销被申请人作出的红市监罚〔2026〕8号行政处罚决定。",
        FactsAndReasons = "被申请人认定事实不清，适用依据错误。",
    };

    public static Case Case(DateOnly receivedOn) => new()
    {
        Id = Guid.NewGuid(), Number = "红府复〔2026〕1号", Year = 2026, Serial = 1, Status = CaseStatus.UnderAcceptanceReview,
        Application = Application(receivedOn), RegisteredAt = DateTimeOffset.UnixEpoch,
    };

    public static Case Accepted(DateOnly receivedOn, DateOnly acceptedOn, Procedure procedure = Procedure.Ordinary) =>
        Case(receivedOn).Accept(acceptedOn, procedure, procedure == Procedure.Simplified ? "涉及款额三千元以下" : null, new DateOnly(9999, 1, 1));
}
