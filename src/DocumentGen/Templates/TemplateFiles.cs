using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// The template directories, searched in order: a deployment's override directory first, then the shipped one,
/// so a deployment replaces single files (a template, a partial, numbering.json) and inherits the rest.
/// Serves Fluid's include/render with line markers already in the text.
/// </summary>
internal sealed class TemplateFiles : IFileProvider
{
    internal const string Extension = ".liquid";

    private readonly IReadOnlyList<string> _directories;
    private readonly ConcurrentDictionary<string, int> _indexByName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _nameByIndex = new();
    private int _lastIndex;

    internal TemplateFiles(IReadOnlyList<string> directories) => _directories = directories;

    internal IReadOnlyList<string> Directories => _directories;

    /// <summary>The file a name resolves to ("decision" → …/decision.liquid), or null.</summary>
    internal string? Find(string fileName)
    {
        // Names come from templates and the API; nothing may reach outside the template directories.
        if (fileName.Length == 0 || fileName.Contains("..", StringComparison.Ordinal)
            || fileName.IndexOfAny(['/', '\\', ':']) >= 0)
            return null;
        foreach (var directory in _directories)
        {
            var path = Path.Combine(directory, fileName);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    internal static string FileNameOf(string templateName) =>
        templateName.EndsWith(Extension, StringComparison.Ordinal) ? templateName : templateName + Extension;

    internal static string TemplateNameOf(string fileName) =>
        fileName.EndsWith(Extension, StringComparison.Ordinal) ? fileName[..^Extension.Length] : fileName;

    /// <summary>Partials: every "_*.liquid" file in any layer.</summary>
    internal IEnumerable<string> PartialNames() => _directories
        .Where(Directory.Exists)
        .SelectMany(directory => Directory.EnumerateFiles(directory, "_*" + Extension))
        .Select(path => TemplateNameOf(Path.GetFileName(path)))
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal);

    internal int IndexOf(string templateName)
    {
        var index = _indexByName.GetOrAdd(templateName, _ => Interlocked.Increment(ref _lastIndex));
        _nameByIndex.TryAdd(index, templateName);
        return index;
    }

    internal string NameOf(int index) => _nameByIndex.TryGetValue(index, out var name) ? name : "?";

    public IFileInfo GetFileInfo(string subpath)
    {
        var fileName = FileNameOf(subpath.TrimStart('/'));
        var path = Find(fileName);
        if (path is null) return new NotFoundFileInfo(subpath);
        var name = TemplateNameOf(fileName);
        return new MarkedFile(path, name, LineMarkers.Inject(File.ReadAllText(path), IndexOf(name)));
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MarkedFile(string path, string name, string content) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(content);

        public bool Exists => true;
        public long Length => _bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => File.GetLastWriteTimeUtc(path);
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
