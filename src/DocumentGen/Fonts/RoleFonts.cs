using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Fonts;

/// <summary>
/// The faces of each font role, in priority order: a character is set in the first face of its role that has it,
/// so a later face only fills in what earlier ones lack (Latin digits missing from Droid Sans Fallback, a rare
/// character in a name). A character no face of the role has is an error, never a blank box.
/// </summary>
internal sealed class RoleFonts
{
    private readonly (TrueTypeFace Face, bool SimulateBold)[][] _faces;
    private readonly IReadOnlyList<string>[] _paths;

    public RoleFonts(IReadOnlyDictionary<FontRole, IReadOnlyList<FontFaceFile>> configuration)
    {
        int roles = Enum.GetValues<FontRole>().Length;
        _faces = new (TrueTypeFace, bool)[roles][];
        _paths = new IReadOnlyList<string>[roles];
        foreach (var role in Enum.GetValues<FontRole>())
        {
            if (!configuration.TryGetValue(role, out var files) || files.Count == 0)
                throw new ArgumentException($"字体角色 {role} 没有配置字体文件；请在渲染选项的 Fonts 中为它列出至少一个 TrueType 文件。");
            _faces[(int)role] = files.Select(f => (FontFaceCache.Load(f.Path), f.SimulateBold)).ToArray();
            _paths[(int)role] = files.Select(f => f.Path).ToArray();
        }
    }

    /// <summary>The face that draws <paramref name="codePoint"/> in <paramref name="role"/>, emboldened for <paramref name="bold"/> text.</summary>
    public FontChoice Resolve(FontRole role, int codePoint, bool bold)
    {
        foreach (var (face, simulateBold) in _faces[(int)role])
        {
            if (face.GlyphIndex(codePoint) == 0) continue;
            return new FontChoice(face, simulateBold || (bold && !face.IsBoldFace));
        }
        throw new MissingGlyphException(codePoint, role, _paths[(int)role]);
    }
}
