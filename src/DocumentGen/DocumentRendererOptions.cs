using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Layout;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen;

/// <summary>
/// What a <see cref="DocumentRenderer"/> is built from: the font files of each role (first file first, later files
/// for characters earlier ones lack), the seal image, and the page style (GB/T 9704 by default).
/// </summary>
public sealed record DocumentRendererOptions
{
    private const string Gbsn = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    private const string Gkai = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
    private const string WenKai = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";
    private const string WenKaiBold = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf";
    private const string Droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    /// <summary>
    /// Free Debian fonts standing in for the statutory ones: body AR PL SungtiL (gbsn00lp) then LXGW WenKai; title
    /// gbsn00lp emboldened (closer to 小标宋 than a bold Kai) then LXGW WenKai Bold; heading Droid Sans Fallback
    /// (a 黑体 substitute without Latin digits) then gbsn00lp; kai AR PL KaitiM (gkai00mp) then LXGW WenKai.
    /// </summary>
    public static IReadOnlyDictionary<FontRole, IReadOnlyList<FontFaceFile>> DefaultFonts { get; } =
        new Dictionary<FontRole, IReadOnlyList<FontFaceFile>>
        {
            [FontRole.Body] = [new(Gbsn), new(WenKai)],
            [FontRole.Title] = [new(Gbsn, SimulateBold: true), new(WenKaiBold)],
            [FontRole.Heading] = [new(Droid), new(Gbsn)],
            [FontRole.Kai] = [new(Gkai), new(WenKai)],
        };

    /// <summary>The font files of each role; every role needs at least one file.</summary>
    public IReadOnlyDictionary<FontRole, IReadOnlyList<FontFaceFile>> Fonts { get; init; } = DefaultFonts;

    /// <summary>The organ's seal as PNG (ideally red on transparent), drawn over the signature; none when null.</summary>
    public byte[]? SealPng { get; init; }

    /// <summary>
    /// When set, asked for the seal at each render (an administrator may replace it while the program runs); a null
    /// answer falls back to <see cref="SealPng"/>.
    /// </summary>
    public Func<byte[]?>? SealSource { get; init; }

    /// <summary>Page geometry and type sizes.</summary>
    public PageStyle PageStyle { get; init; } = PageStyle.GbT9704;
}
