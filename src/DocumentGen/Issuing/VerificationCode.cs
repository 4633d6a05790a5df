using System.Security.Cryptography;

namespace Reconsideration.DocumentGen.Issuing;

/// <summary>
/// The code printed on every issued document by which a recipient looks it up: 16 characters of Crockford's
/// base 32 (80 random bits, no I, L, O or U, so it survives being read aloud or retyped), in groups of four.
/// </summary>
public static class VerificationCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new random code such as "7K3M-Q9TX-2HFD-8WPA".</summary>
    public static string New()
    {
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        Span<char> code = stackalloc char[19];
        for (int i = 0, c = 0; i < 16; i++)
        {
            if (i is 4 or 8 or 12)
            {
                code[c++] = '-';
            }
            code[c++] = Alphabet[random[i] & 31];
        }
        return new string(code);
    }

    /// <summary>
    /// The canonical form of a code as someone typed it (any case, spaces or hyphens, O for 0, I or L for 1),
    /// or null when it cannot be a code.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }
        var characters = new List<char>(16);
        foreach (var raw in typed.ToUpperInvariant())
        {
            var c = raw switch { 'O' => '0', 'I' or 'L' => '1', _ => raw };
            if (c is ' ' or '-')
            {
                continue;
            }
            if (!Alphabet.Contains(c) || characters.Count == 16)
            {
                return null;
            }
            characters.Add(c);
        }
        return characters.Count == 16
            ? string.Join('-', Enumerable.Range(0, 4).Select(g => new string(characters.GetRange(g * 4, 4).ToArray())))
            : null;
    }
}
