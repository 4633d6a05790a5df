using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Domain.Validation;

namespace Reconsideration.Host.Tests.Features.Cases.Domain.Validation;

public sealed class ApplicationValidatorTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void The_sample_application_is_valid()
    {
        Assert.Empty(ApplicationValidator.Validate(Samples.Application(Today), Today));
        Assert.Empty(ApplicationValidator.Validate(Samples.Application(Today) with { Applicants = [Samples.Company()] }, Today));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_each_naming_its_field()
    {
        var application = Samples.Application(Today.AddDays(1)) with
        {
            Channel = ApplicationChannel.Oral,
            Applicants =
            [
                Samples.ZhangSan() with { IdNumber = CheckDigits.WithWrongCheck(Samples.ZhangSanId, "0123456789X"), Phone = "12345" },
                new Party { Kind = PartyKind.NaturalPerson, Name = " " },
            ],
            Respondent = new Respondent { Name = "" },
            Requests = "",
            ChallengedAct = Samples.Application(Today).ChallengedAct with { Title = "", Amount = -1 },
        };

        var problems = ApplicationValidator.Validate(application, Today);

        var fields = problems.Select(p => p.Field).ToList();
        Assert.Equal(
            new[]
            {
                "receivedOn", "oralRecord", "applicants[0].idNumber", "applicants[0].phone", "applicants[1].name",
                "respondent.name", "challengedAct.title", "challengedAct.amount", "requests",
            },
            fields);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        Assert.Contains("申请人1（张三）的公民身份号码", problems[2].Message);
        Assert.Contains("联系电话", problems[3].Message);
        Assert.Contains("口头申请笔录", problems[1].Message);
    }

    [Fact]
    public void A_stated_birth_date_or_sex_must_agree_with_the_id_number()
    {
        var application = Samples.Application(Today) with
        {
            Applicants = [Samples.ZhangSan() with { Sex = Sex.Female, BirthDate = new DateOnly(1985, 6, 16) }],
        };

        var problems = ApplicationValidator.Validate(application, Today);

        Assert.Equal(new[] { "applicants[0].birthDate", "applicants[0].sex" }, problems.Select(p => p.Field));
        Assert.Contains("1985年6月15日", problems[0].Message);
        Assert.Contains("不一致", problems[1].Message);
    }

    [Fact]
    public void An_id_number_with_a_birth_date_after_today_is_refused()
    {
        var born = CheckDigits.IdNumber("33010620260311003");
        var application = Samples.Application(Today) with
        {
            Applicants = [Samples.ZhangSan() with { IdNumber = born, BirthDate = null, Sex = null }],
        };

        var problem = Assert.Single(ApplicationValidator.Validate(application, Today));
        Assert.Equal("applicants[0].idNumber", problem.Field);
        Assert.Contains("晚于今天", problem.Message);
    }

    [Fact]
    public void An_oral_application_needs_its_signed_transcript()
    {
        var record = new OralApplicationRecord
        {
            Transcript = "申请人口述：……", RecordedBy = "李承办", RecordedAt = DateTimeOffset.UnixEpoch, SignedByApplicant = false,
        };
        var application = Samples.Application(Today) with { Channel = ApplicationChannel.Oral, OralRecord = record };

        var problem = Assert.Single(ApplicationValidator.Validate(application, Today));
        Assert.Equal("oralRecord.signedByApplicant", problem.Field);
        Assert.Empty(ApplicationValidator.Validate(application with { OralRecord = record with { SignedByApplicant = true } }, Today));
    }

    [Fact]
    public void Organisations_are_checked_by_credit_code_and_agents_by_principal_and_number()
    {
        var attorney = new PowerOfAttorney { Scope = "代为申请行政复议", SignedOn = Today };
        var application = Samples.Application(Today) with
        {
            Applicants = [Samples.Company() with { CreditCode = CheckDigits.WithWrongCheck(Samples.CompanyCode, "0123456789ABCDEFGHJKLMNPQRTUWXY") }],
            Agents =
            [
                new Agent { Name = "甲律师", Principal = "红星商贸有限公司", PowerOfAttorney = attorney },
                new Agent { Name = "乙律师", Principal = "红星商贸有限公司", PowerOfAttorney = attorney },
                new Agent { Name = "丙律师", Principal = "红星商贸有限公司", PowerOfAttorney = attorney with { SignedOn = Today.AddDays(3) } },
                new Agent { Name = "丁", Principal = "不相干的人", PowerOfAttorney = attorney },
            ],
        };

        var fields = ApplicationValidator.Validate(application, Today).Select(p => p.Field).ToList();

        Assert.Equal(new[] { "applicants[0].creditCode", "agents[2].powerOfAttorney.signedOn", "agents[3].principal", "agents" }, fields);
    }

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("138 0013 8000", true)]
    [InlineData("+86 13800138000", true)]
    [InlineData("0571-87654321", true)]
    [InlineData("010-12345678-123", false)] // a local number never begins with 1
    [InlineData("87654321", true)]
    [InlineData("12800138000", false)]
    [InlineData("1380013800", false)]
    [InlineData("电话", false)]
    public void Phone_numbers(string phone, bool valid) => Assert.Equal(valid, PhoneNumber.IsValid(phone));

    [Fact]
    public void Normalising_fills_sex_and_birth_date_from_the_id_number()
    {
        var application = Samples.Application(Today) with
        {
            Applicants = [Samples.ZhangSan() with { IdNumber = Samples.LiSiId.ToLowerInvariant(), Sex = null, BirthDate = null, Name = " 李四 " }],
        };

        var person = ApplicationValidator.Normalize(application).Applicants[0];

        Assert.Equal("李四", person.Name);
        Assert.Equal(Sex.Female, person.Sex);
        Assert.Equal(new DateOnly(1992, 2, 29), person.BirthDate);
    }
}
