using System.Buffers.Binary;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Reconsideration.DocumentGen.Numbering;
using Reconsideration.Host.Features.Cases.Domain;
using Reconsideration.Host.Features.Cases.Domain.Validation;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Features.Api.Documents;

/// <summary>
/// 机关与文号 as in force: the deployment's configuration (the Organ section, Documents:SealImage, numbering.json) until an
/// administrator saves other values on the page; those are kept in the data directory — organ.json (the organ's details
/// and the record of changes), seal.png, numbering.json — win from then on, restarts included, and are in force at once:
/// the document data reads <see cref="Organ"/> for every document, the renderer asks for <see cref="Seal"/> at each
/// render, and the number format in use is switched (<see cref="DocumentNumberFormat.Use"/>). Every refusal is a
/// <see cref="CaseException"/> naming its field, and changes nothing.
/// </summary>
public sealed class OrganSettings
{
    /// <summary>The largest seal image accepted.</summary>
    public const int MaxSealBytes = 512 * 1024;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly Lock _gate = new();
    private readonly DocumentNumberFormat _numbers;
    private readonly DocumentNumberFormat _printed;
    private readonly string _directory;
    private readonly string _numberingFile;
    private readonly TimeProvider _clock;
    private volatile OrganOptions _organ;
    private volatile byte[]? _seal;
    private volatile IReadOnlyList<OrganChange> _changes;

    /// <param name="configured">The Organ section.</param>
    /// <param name="numbers">The number format the case services number with, loaded from the numbering file at start.</param>
    /// <param name="printed">The number format the documents print with (the composer's own).</param>
    /// <param name="directory">Where organ.json and seal.png are kept (Documents:DataDirectory).</param>
    /// <param name="numberingFile">Where saved numbering is kept; read at start by the case services (Cases:DataDirectory).</param>
    /// <param name="clock">For the record of changes.</param>
    public OrganSettings(OrganOptions configured, DocumentNumberFormat numbers, DocumentNumberFormat printed, string directory, string numberingFile,
        TimeProvider clock)
    {
        (_numbers, _printed, _directory, _numberingFile, _clock) = (numbers, printed, directory, numberingFile, clock);
        var saved = File.Exists(OrganFile) ? JsonSerializer.Deserialize<SavedOrgan>(File.ReadAllText(OrganFile), Json) : null;
        _organ = saved?.Organ ?? configured;
        _changes = saved?.Changes ?? [];
        _seal = File.Exists(SealFile) ? File.ReadAllBytes(SealFile) : null;
    }

    /// <summary>The organ's names, address, court and contact as documents print them.</summary>
    public OrganOptions Organ => _organ;

    /// <summary>The seal an administrator uploaded, or null (the configured or demo seal is used).</summary>
    public byte[]? Seal => _seal;

    /// <summary>The changes made on the page, oldest first.</summary>
    public IReadOnlyList<OrganChange> Changes => _changes;

    private string OrganFile => Path.Combine(_directory, "organ.json");

    private string SealFile => Path.Combine(_directory, "seal.png");

    /// <summary>Saves the organ's details.</summary>
    /// <exception cref="CaseException">A required name missing or a phone number that is not one.</exception>
    public void SaveOrgan(OrganOptions organ, string by)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(organ.Name)) problems.Add(new("name", "请填写行政复议机关的名称，如“红谷滩区人民政府”。"));
        if (string.IsNullOrWhiteSpace(organ.Agency)) problems.Add(new("agency", "请填写行政复议机构的名称，如“红谷滩区司法局”。"));
        if (organ.ContactPhone is { Length: > 0 } phone && !PhoneNumber.IsValid(phone.Trim()))
            problems.Add(new("contactPhone", $"联系电话“{phone}”不是有效的手机号码或固定电话号码。"));
        if (organ.Postcode is { Length: > 0 } postcode && (postcode.Trim().Length != 6 || !postcode.Trim().All(char.IsAsciiDigit)))
            problems.Add(new("postcode", "邮政编码须为6位数字。"));
        CaseException.ThrowIfAny(problems);
        var clean = new OrganOptions
        {
            Name = organ.Name.Trim(), Agency = organ.Agency.Trim(), Address = Text(organ.Address), Postcode = Text(organ.Postcode),
            Court = Text(organ.Court), ContactName = Text(organ.ContactName), ContactPhone = Text(organ.ContactPhone),
        };
        lock (_gate)
        {
            var changes = Record(by, $"机关信息改为：{clean.Name}、{clean.Agency}；地址 {clean.Address ?? "—"} {clean.Postcode}；管辖法院 {clean.Court ?? "—"}；联系人 {clean.ContactName ?? "—"} {clean.ContactPhone}");
            Write(clean, changes);
            (_organ, _changes) = (clean, changes);
        }
    }

    /// <summary>Saves the seal: a PNG image, at most <see cref="MaxSealBytes"/>, between 100 and 2,000 pixels a side.</summary>
    /// <exception cref="CaseException">Not such an image.</exception>
    public void SaveSeal(string fileName, byte[] png, string by)
    {
        if (SealProblem(png) is { } problem) throw CaseException.Invalid("seal", problem);
        lock (_gate)
        {
            Directory.CreateDirectory(_directory);
            File.WriteAllBytes(SealFile, png);
            var (width, height) = Size(png);
            var changes = Record(by, $"更换行政复议专用章图片（{fileName}，{width}×{height}像素，{png.Length / 1024.0:0.#} KB）");
            Write(_organ, changes);
            (_seal, _changes) = (png, changes);
        }
    }

    /// <summary>Saves the numbering's place and pattern (the type codes stay); numbers issued from now on follow it.</summary>
    /// <exception cref="CaseException">A missing place or a pattern without {code}, {year} or {serial}.</exception>
    public void SaveNumbering(string? place, string? pattern, string by)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(place)) problems.Add(new("place", "请填写地名代字，如“红”。"));
        if (string.IsNullOrWhiteSpace(pattern)) problems.Add(new("pattern", "请填写文号格式，如“{place}府复{code}〔{year}〕{serial}号”。"));
        CaseException.ThrowIfAny(problems);
        var options = new NumberingOptions { Place = place!.Trim(), Pattern = pattern!.Trim(), Codes = _numbers.Codes };
        lock (_gate)
        {
            try
            {
                _numbers.Use(options);
            }
            catch (InvalidOperationException e)
            {
                throw CaseException.Invalid("pattern", e.Message);
            }

            _printed.Use(new NumberingOptions { Place = options.Place, Pattern = options.Pattern, Codes = _printed.Codes });

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_numberingFile))!);
            File.WriteAllText(_numberingFile, JsonSerializer.Serialize(new { place = options.Place, pattern = options.Pattern, codes = options.Codes }, Json));
            var changes = Record(by, $"文号格式改为“{options.Pattern}”，地名代字“{options.Place}”（案号示例：{_numbers.FormatCaseNumber(LegalYear(), 1)}）");
            Write(_organ, changes);
            _changes = changes;
        }
    }

    /// <summary>Why these bytes are not an acceptable seal image, or null.</summary>
    public static string? SealProblem(byte[] png)
    {
        if (png.Length == 0) return "文件是空的，请选择印章的PNG图片。";
        if (png.Length > MaxSealBytes) return $"印章图片不能超过{MaxSealBytes / 1024} KB（所选文件{png.Length / 1024} KB），请压缩后再上传。";
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(PngSignature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
            return "印章图片须为PNG格式（最好是透明背景的红色印章），所选文件不是PNG图片。";
        var (width, height) = Size(png);
        if (width is < 100 or > 2000 || height is < 100 or > 2000)
            return $"印章图片的宽和高须在100至2000像素之间（所选图片{width}×{height}像素）。";
        return null;
    }

    private static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    private List<OrganChange> Record(string by, string what) => [.. _changes, new OrganChange(_clock.GetUtcNow(), by, what)];

    private void Write(OrganOptions organ, IReadOnlyList<OrganChange> changes)
    {
        Directory.CreateDirectory(_directory);
        var temporary = OrganFile + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new SavedOrgan(organ, changes), Json));
        File.Move(temporary, OrganFile, overwrite: true);
    }

    private int LegalYear() => LegalTime.Today(_clock).Year;

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record SavedOrgan(OrganOptions? Organ, IReadOnlyList<OrganChange>? Changes);
}
