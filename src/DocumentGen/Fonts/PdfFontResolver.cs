using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Reconsideration.DocumentGen.Fonts;

/// <summary>
/// The process-wide PDFsharp font resolver. PDFsharp allows one resolver per process (GlobalFontSettings), so it is
/// installed once and every face any renderer loads is registered in it under a family name of our own:
/// "rc{id}" for the face as it is and "rc{id}b" for the face with simulated bold.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    private static readonly PdfFontResolver Instance = new();
    private static readonly Lock InstallLock = new();
    private readonly ConcurrentDictionary<string, TrueTypeFace> _faces = new(StringComparer.Ordinal);

    public static string FamilyName(TrueTypeFace face, bool simulateBold) => simulateBold ? $"rc{face.Id}b" : $"rc{face.Id}";

    public static void Register(TrueTypeFace face)
    {
        EnsureInstalled();
        Instance._faces[$"rc{face.Id}"] = face;
    }

    public static void EnsureInstalled()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) return;
        lock (InstallLock)
        {
            var current = GlobalFontSettings.FontResolver;
            if (ReferenceEquals(current, Instance)) return;
            if (current != null)
                throw new InvalidOperationException(
                    "PDFsharp 的全局字体解析器已被其他代码设置；文书渲染器需要使用自己的解析器。请移除对 GlobalFontSettings.FontResolver 的其他设置。");
            GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        bool simulateBold = familyName.EndsWith('b');
        string key = simulateBold ? familyName[..^1] : familyName;
        if (!_faces.ContainsKey(key)) return null;
        return new FontResolverInfo(key, simulateBold, false);
    }

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var face) ? face.PdfBytes : null;
}
