using System.IO.Compression;
using Reconsideration.Host.Features.Cases.Domain;

namespace Reconsideration.Host.Features.Cases.Services.Materials;

/// <summary>
/// Recognises a file's format from its bytes, never from its name: PDF, JPEG and PNG by their signatures; DOCX and
/// OFD as ZIP packages by the part each must contain (word/document.xml; OFD.xml at the root, GB/T 33190).
/// Also names common things that are refused (programs, other archives) so the message can say what the file is.
/// </summary>
internal static class MaterialSniffer
{
    public static (MaterialKind? Kind, string What) Sniff(string path)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith("%PDF-"u8)) return (MaterialKind.Pdf, "PDF文档");
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return (MaterialKind.Jpeg, "JPEG图片");
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return (MaterialKind.Png, "PNG图片");
        if (head.StartsWith("MZ"u8)) return (null, "Windows可执行程序");
        if (head.StartsWith(new byte[] { 0x7F, 0x45, 0x4C, 0x46 })) return (null, "可执行程序");
        if (head.StartsWith("Rar!"u8) || head.StartsWith(new byte[] { 0x37, 0x7A, 0xBC, 0xAF })) return (null, "压缩包");
        if (head.StartsWith("PK\u0003\u0004"u8)) return SniffPackage(path);
        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })) return (null, "旧版Office文档（.doc/.xls）");
        return (null, "无法识别的格式");
    }

    private static (MaterialKind?, string) SniffPackage(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("[Content_Types].xml") && names.Contains("word/document.xml"))
            {
                // A macro project makes it a .docm in disguise; macros have no place in case materials.
                return names.Contains("word/vbaProject.bin") ? (null, "含宏的Word文档") : (MaterialKind.Docx, "Word文档（DOCX）");
            }

            return names.Contains("OFD.xml") ? (MaterialKind.Ofd, "OFD版式文档") : (null, "ZIP压缩包");
        }
        catch (InvalidDataException)
        {
            return (null, "损坏的压缩文件");
        }
    }
}
