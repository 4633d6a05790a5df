using Reconsideration.Host.Features.Staff.Services;

namespace Reconsideration.Host.Tests.Features.Staff;

public sealed class CaseEventFormTests
{
    private static string[] Fields(CaseEventForm form) => [.. form.Validate().Select(p => p.Field)];

    [Fact]
    public void Suspension_needs_a_ground_of_article_39_and_a_reason_and_carries_both()
    {
        Assert.Equal(["suspensionGround", "reason"], Fields(new CaseEventForm { Name = CaseEventForm.Suspend, SuspensionGround = 11, Reason = " " }));
        var form = new CaseEventForm { Name = CaseEventForm.Suspend, SuspensionGround = 7, Reason = " 需有权机关作出解释。 " };
        Assert.Empty(form.Validate());
        Assert.Equal(7, form.Variables()["suspensionGround"]);
        Assert.Equal("需有权机关作出解释。", form.Variables()["suspensionReason"]);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void An_extension_of_the_review_is_one_to_thirty_days(int days, bool valid)
    {
        var form = new CaseEventForm { Name = CaseEventForm.Extend, Days = days, Reason = "案情复杂。" };
        Assert.Equal(valid, form.Validate().Count == 0);
        if (valid) Assert.Equal(days, form.Variables()["extensionDays"]);
    }

    [Fact]
    public void A_longer_correction_period_needs_its_last_day_and_a_reason()
    {
        Assert.Equal(["until", "reason"], Fields(new CaseEventForm { Name = CaseEventForm.CorrectionExtended }));
        Assert.Empty(Fields(new CaseEventForm { Name = CaseEventForm.CorrectionExtended, Until = new DateTime(2026, 3, 20), Reason = "申请人住院治疗。" }));
    }

    [Fact]
    public void Events_without_fields_need_nothing_and_carry_nothing()
    {
        foreach (var name in new[] { CaseEventForm.CorrectionReceived, CaseEventForm.Resume, CaseEventForm.Terminate, CaseEventForm.Withdraw })
        {
            var form = new CaseEventForm { Name = name };
            Assert.Empty(form.Validate());
            Assert.Empty(form.Variables());
            Assert.NotEmpty(CaseEventForm.Explanation(name));
        }
    }
}
