using System.Collections.Concurrent;

namespace Reconsideration.DocumentGen.Fonts;

/// <summary>
/// Faces parsed once per process and file: CJK fonts are 4–16 MB and PDFsharp keeps its own parsed copy keyed by
/// face name, so two renderers naming the same file must share one face (and one name).
/// </summary>
internal static class FontFaceCache
{
    private static readonly ConcurrentDictionary<string, Lazy<TrueTypeFace>> Faces = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, TrueTypeFace> FacesById = new();
    private static int _nextId;

    public static TrueTypeFace ById(int id) => FacesById[id];

    public static TrueTypeFace Load(string path)
    {
        string fullPath = System.IO.Path.GetFullPath(path);
        var lazy = Faces.GetOrAdd(fullPath, p => new Lazy<TrueTypeFace>(() => Parse(p)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            Faces.TryRemove(new KeyValuePair<string, Lazy<TrueTypeFace>>(fullPath, lazy));
            throw;
        }
    }

    private static TrueTypeFace Parse(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"字体文件 {path} 不存在；请安装该字体或在渲染选项中为此字体角色配置其他文件。", path);
        var face = new TrueTypeFace(Interlocked.Increment(ref _nextId), path, File.ReadAllBytes(path));
        PdfFontResolver.Register(face);
        FacesById[face.Id] = face;
        return face;
    }
}
