namespace Reconsideration.Host.Features.Staff.Services;

/// <summary>
/// A file read from the browser into a temporary file and already checked (size, content, extension), waiting to be
/// stored as a material; disposing it removes the temporary file.
/// </summary>
public sealed class StagedFile(string path, string fileName, long size) : IDisposable
{
    /// <summary>The temporary copy.</summary>
    public string Path { get; } = path;

    /// <summary>The name as chosen in the browser.</summary>
    public string FileName { get; } = fileName;

    /// <summary>Size in bytes.</summary>
    public long Size { get; } = size;

    /// <summary>材料名称, e.g. 行政复议申请书.</summary>
    public string Description { get; set; } = "";

    public void Dispose() => File.Delete(Path);
}
