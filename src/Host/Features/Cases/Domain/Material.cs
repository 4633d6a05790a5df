namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>An uploaded file of the case (申请材料、证据、授权委托书 …), stored under the data directory.</summary>
public sealed record Material
{
    /// <summary>Identifies the material within the system.</summary>
    public required Guid Id { get; init; }

    /// <summary>The file name as uploaded (shown to people, never used as a path).</summary>
    public required string FileName { get; init; }

    /// <summary>What the material is, e.g. "行政复议申请书", "身份证复印件", "证据".</summary>
    public required string Description { get; init; }

    /// <summary>The format recognised from the content.</summary>
    public required MaterialKind Kind { get; init; }

    /// <summary>Size in bytes.</summary>
    public required long Size { get; init; }

    /// <summary>SHA-256 of the content, lowercase hexadecimal; also the stored file's name.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The stored file, relative to the materials directory.</summary>
    public required string StoredPath { get; init; }

    /// <summary>When it was uploaded.</summary>
    public required DateTimeOffset UploadedAt { get; init; }

    /// <summary>Who uploaded it.</summary>
    public required string UploadedBy { get; init; }
}
