namespace Reconsideration.Host.Features.Cases.Domain.Validation;

/// <summary>The checks of one party or agent, shared by applicants and third parties.</summary>
internal static class PartyChecks
{
    public static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    // Only the name is required of any party; whatever else is given is checked, and a stated sex or birth date
    // must agree with the ID number.
    public static void Check(Party party, string path, string label, DateOnly today, Action<string, string> add)
    {
        if (Blank(party.Name))
            add($"{path}.name", party.Kind == PartyKind.Organisation ? $"请填写{label}的名称。" : $"请填写{label}的姓名。");
        var who = Blank(party.Name) ? label : $"{label}（{party.Name.Trim()}）";
        if (!Enum.IsDefined(party.Kind))
            add($"{path}.kind", $"请选择{who}是自然人还是法人或其他组织。");
        if (party.Kind == PartyKind.NaturalPerson)
            CheckPerson(party, path, who, today, add);
        else if (party.Kind == PartyKind.Organisation)
        {
            if (!Blank(party.CreditCode))
                foreach (var message in UnifiedSocialCreditCode.Check(party.CreditCode!, $"{who}的统一社会信用代码"))
                    add($"{path}.creditCode", message);
            if (!Blank(party.IdNumber) || party.Sex is not null || party.BirthDate is not null)
                add($"{path}.kind", $"{who}是法人或其他组织，不应填写身份证号码、性别或出生日期；如为自然人请更改类型。");
        }

        if (!Blank(party.Phone) && !Validation.PhoneNumber.IsValid(party.Phone!))
            add($"{path}.phone", $"{who}的联系电话“{party.Phone}”格式不正确：应为11位手机号码或带区号的固定电话。");
    }

    public static void CheckAgent(Agent agent, string path, string label, IReadOnlySet<string?> principals, DateOnly today, Action<string, string> add)
    {
        if (Blank(agent.Name))
            add($"{path}.name", $"请填写{label}的姓名。");
        var who = Blank(agent.Name) ? label : $"{label}（{agent.Name.Trim()}）";
        if (Blank(agent.Principal) || !principals.Contains(agent.Principal.Trim()))
            add($"{path}.principal", $"{who}的委托人“{agent.Principal}”须是本案的申请人或第三人。");
        if (!Blank(agent.IdNumber))
            foreach (var message in ResidentIdNumber.Check(agent.IdNumber!, $"{who}的公民身份号码", out _, out _))
                add($"{path}.idNumber", message);
        if (!Blank(agent.Phone) && !Validation.PhoneNumber.IsValid(agent.Phone!))
            add($"{path}.phone", $"{who}的联系电话“{agent.Phone}”格式不正确：应为11位手机号码或带区号的固定电话。");
        if (agent.PowerOfAttorney is null)
            add($"{path}.powerOfAttorney", $"{who}须提交授权委托书（《行政复议法》第十七条第二款）。");
        else
        {
            if (Blank(agent.PowerOfAttorney.Scope))
                add($"{path}.powerOfAttorney.scope", $"请填写{who}授权委托书载明的委托事项和权限。");
            if (agent.PowerOfAttorney.SignedOn > today)
                add($"{path}.powerOfAttorney.signedOn", $"{who}授权委托书的签署日期{Case.ChineseDate(agent.PowerOfAttorney.SignedOn)}晚于今天，请核对。");
        }
    }

    public static Party Normalize(Party party)
    {
        var id = Blank(party.IdNumber) ? null : ResidentIdNumber.Normalize(party.IdNumber!);
        var sex = party.Sex;
        var birth = party.BirthDate;
        if (id is not null && ResidentIdNumber.Check(id, "", out var idBirth, out var idSex).Count == 0)
        {
            sex ??= idSex;
            birth ??= idBirth;
        }

        return party with
        {
            Name = party.Name.Trim(),
            IdNumber = id,
            Sex = sex,
            BirthDate = birth,
            CreditCode = Blank(party.CreditCode) ? null : UnifiedSocialCreditCode.Normalize(party.CreditCode!),
            LegalRepresentative = Blank(party.LegalRepresentative) ? null : party.LegalRepresentative!.Trim(),
            Address = Blank(party.Address) ? null : party.Address!.Trim(),
            Phone = Blank(party.Phone) ? null : party.Phone!.Trim(),
        };
    }

    private static void CheckPerson(Party party, string path, string who, DateOnly today, Action<string, string> add)
    {
        if (party.BirthDate is { } stated && stated > today)
            add($"{path}.birthDate", $"{who}的出生日期{Case.ChineseDate(stated)}晚于今天，请核对。");
        if (!Blank(party.CreditCode) || !Blank(party.LegalRepresentative))
            add($"{path}.kind", $"{who}是自然人，不应填写统一社会信用代码或法定代表人；如为法人或其他组织请更改类型。");
        if (Blank(party.IdNumber)) return;

        var problems = ResidentIdNumber.Check(party.IdNumber!, $"{who}的公民身份号码", out var birth, out var sex);
        foreach (var message in problems)
            add($"{path}.idNumber", message);
        if (problems.Count > 0) return;
        if (birth > today)
            add($"{path}.idNumber", $"{who}的公民身份号码中的出生日期{Case.ChineseDate(birth)}晚于今天，请核对号码。");
        if (party.BirthDate is { } statedBirth && statedBirth != birth)
            add($"{path}.birthDate", $"{who}的出生日期{Case.ChineseDate(statedBirth)}与公民身份号码中的{Case.ChineseDate(birth)}不一致。");
        if (party.Sex is { } statedSex && statedSex != sex)
            add($"{path}.sex", $"{who}的性别“{(statedSex == Sex.Male ? "男" : "女")}”与公民身份号码（第17位）表示的“{(sex == Sex.Male ? "男" : "女")}”不一致。");
    }
}
