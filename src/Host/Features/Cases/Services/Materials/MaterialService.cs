using System.Security.Cryptography;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Persistence;
using Reconsideration.Host.Features.Cases.Services;

namespace Reconsideration.Host.Features.Cases.Services.Materials;

/// <summary>
/// Uploads of case materials: PDF, JPEG, PNG, OFD and DOCX, recognised by content and required to agree with the file
/// name's extension (a program renamed .pdf is refused), at most the configured size, stored under the data directory
/// as &lt;case id&gt;/&lt;SHA-256&gt;&lt;extension&gt; so a stored file can be checked against its hash.
/// </summary>
public sealed class MaterialService
{
    private static readonly Dictionary<string, MaterialKind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = MaterialKind.Pdf, [".jpg"] = MaterialKind.Jpeg, [".jpeg"] = MaterialKind.Jpeg, [".png"] = MaterialKind.Png,
        [".ofd"] = MaterialKind.Ofd, [".docx"] = MaterialKind.Docx,
    };

    private readonly CaseSteps _steps;
    private readonly string _directory;
    private readonly long _maxBytes;

    internal MaterialService(CaseSteps steps, string directory, long maxBytes)
    {
        _steps = steps;
        _directory = Path.GetFullPath(directory);
        _maxBytes = maxBytes;
    }

    /// <summary>Checks and stores one file and lists it among the case's materials.</summary>
    /// <exception cref="CaseException">Invalid: wrong type, disguised, empty, too large, or already uploaded; NotFound.</exception>
    public async Task<Material> UploadAsync(Guid caseId, string fileName, string description, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        var extension = Path.GetExtension(name);
        var problems = new List<ValidationProblem>();
        if (name.Length == 0) problems.Add(new("fileName", "请提供文件名。"));
        else if (!Extensions.TryGetValue(extension, out _))
            problems.Add(new("fileName", $"文件“{name}”的类型不被接受：只接受PDF、JPEG、PNG、OFD和DOCX文件。"));
        if (string.IsNullOrWhiteSpace(description)) problems.Add(new("description", "请说明材料名称，例如“行政复议申请书”“身份证复印件”“证据”。"));
        CaseException.ThrowIfAny(problems);
        var @case = await _steps.Store.FindAsync(caseId, cancellationToken) ?? throw CaseStore.NotFound(caseId);
        if (@case.Status == CaseStatus.Closed)
            throw CaseException.NotAllowed($"案件{@case.Number}已结案，不能再上传材料。");

        var incoming = Path.Combine(_directory, ".incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".tmp");
        string? stored = null;
        try
        {
            var (size, sha256) = await CopyAsync(content, temporary, name, cancellationToken);
            var (kind, what) = MaterialSniffer.Sniff(temporary);
            if (kind is null)
                throw CaseException.Invalid("file", $"文件“{name}”的内容是{what}，不是PDF、JPEG、PNG、OFD或DOCX文件，已拒收。");
            if (kind != Extensions[extension])
                throw CaseException.Invalid("file", $"文件“{name}”的扩展名是{extension}，但内容是{what}；扩展名与内容不符的文件不予接收，请核对后重新上传。");
            if (@case.Materials.FirstOrDefault(m => m.Sha256 == sha256) is { } same)
                throw CaseException.Invalid("file", $"文件“{name}”与已上传的材料“{same.FileName}”内容相同，无需重复上传。");

            var relative = Path.Combine(caseId.ToString("N"), sha256 + extension.ToLowerInvariant());
            var target = Path.Combine(_directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temporary, target, overwrite: true);
            stored = target;
            var material = new Material
            {
                Id = Guid.NewGuid(), FileName = name, Description = description.Trim(), Kind = kind.Value, Size = size,
                Sha256 = sha256, StoredPath = relative.Replace('\\', '/'), UploadedAt = _steps.Clock.GetUtcNow(), UploadedBy = _steps.Actor,
            };
            await _steps.ChangeAsync(caseId, null, $"上传材料“{material.Description}”（{name}）", c => c.AddMaterial(material), cancellationToken);
            stored = null;
            return material;
        }
        finally
        {
            File.Delete(temporary);
            if (stored is not null) File.Delete(stored);
        }
    }

    /// <summary>Opens a stored material for reading.</summary>
    /// <exception cref="CaseException">NotFound.</exception>
    public async Task<(Material Material, Stream Content)> OpenAsync(Guid caseId, Guid materialId, CancellationToken cancellationToken = default)
    {
        var @case = await _steps.Store.FindAsync(caseId, cancellationToken) ?? throw CaseStore.NotFound(caseId);
        var material = @case.Materials.FirstOrDefault(m => m.Id == materialId)
            ?? throw new CaseException(CaseErrorKind.NotFound, $"案件{@case.Number}中没有这份材料。");
        return (material, File.OpenRead(Path.Combine(_directory, material.StoredPath)));
    }

    private async Task<(long Size, string Sha256)> CopyAsync(Stream content, string path, string name, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > _maxBytes)
                    throw CaseException.Invalid("file", $"文件“{name}”超过{_maxBytes / (1024.0 * 1024):0.#} MB的上限，请压缩或拆分后再上传。");
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        if (size == 0) throw CaseException.Invalid("file", $"文件“{name}”是空文件。");
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
