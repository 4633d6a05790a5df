using Reconsideration.Host.Features.Api.Problems;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Services.Materials;

namespace Reconsideration.Host.Features.Api.Materials;

/// <summary>
/// The HTTP side of an upload: too large is 413, a file whose content is not an accepted format or disagrees with its
/// extension is 415, each with the same Chinese wording the material service uses. The service checks again when
/// it stores the file; these checks only choose the status code before anything is stored.
/// </summary>
internal static class UploadCheck
{
    private static readonly Dictionary<string, MaterialKind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = MaterialKind.Pdf, [".jpg"] = MaterialKind.Jpeg, [".jpeg"] = MaterialKind.Jpeg, [".png"] = MaterialKind.Png,
        [".ofd"] = MaterialKind.Ofd, [".docx"] = MaterialKind.Docx,
    };

    public static ApiException TooLarge(string name, long max) => new(StatusCodes.Status413PayloadTooLarge,
        $"文件“{name}”超过{max / (1024.0 * 1024):0.#} MB的上限，未保存。请压缩或拆分后再上传。");

    /// <summary>Refuses with 415 unless the file at <paramref name="path"/> is what its name says and an accepted format.</summary>
    public static void Format(string name, string path)
    {
        var extension = Path.GetExtension(name);
        if (!Extensions.TryGetValue(extension, out var expected))
            throw Unsupported($"文件“{name}”的类型不被接受：只接受PDF、JPEG、PNG、OFD和DOCX文件，未保存。");
        var (kind, what) = MaterialSniffer.Sniff(path);
        if (kind is null)
            throw Unsupported($"文件“{name}”的内容是{what}，不是PDF、JPEG、PNG、OFD或DOCX文件，已拒收，未保存。");
        if (kind != expected)
            throw Unsupported($"文件“{name}”的扩展名是{extension}，但内容是{what}；扩展名与内容不符的文件不予接收，未保存。请核对后重新上传。");
    }

    private static ApiException Unsupported(string detail) => new(StatusCodes.Status415UnsupportedMediaType, detail, "文件类型不被接受");
}
