using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Seeding;

/// <summary>Fictional applicants of the demo with valid resident ID numbers (check character computed, GB 11643).</summary>
internal static class DemoPeople
{
    public static Party Person(string name, string first17, string address, string phone) => new()
    {
        Kind = PartyKind.NaturalPerson, Name = name, IdNumber = IdNumber(first17), Address = address, Phone = phone,
    };

    /// <summary>ISO 7064 MOD 11-2 over the first 17 digits.</summary>
    public static string IdNumber(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
