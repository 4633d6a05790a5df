using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Fonts;

/// <summary>
/// No font configured for a role has a glyph for a character. The document is not rendered rather than showing an
/// empty box; add a font file covering the character to the role's list in the renderer options.
/// </summary>
public sealed class MissingGlyphException : Exception
{
    /// <summary>Creates the exception for <paramref name="codePoint"/> missing from every font of <paramref name="role"/>.</summary>
    public MissingGlyphException(int codePoint, FontRole role, IReadOnlyList<string> fontFiles)
        : base($"字符“{char.ConvertFromUtf32(codePoint)}”(U+{codePoint:X4}) 在字体角色 {role} 的所有字体中都没有字形" +
               $"（{string.Join("、", fontFiles.Select(System.IO.Path.GetFileName))}）。请在该角色的字体列表中增加一个包含此字符的 TrueType 字体。")
    {
        CodePoint = codePoint;
        Role = role;
    }

    /// <summary>The Unicode code point of the character no font has.</summary>
    public int CodePoint { get; }

    /// <summary>The font role whose fonts were searched.</summary>
    public FontRole Role { get; }
}
