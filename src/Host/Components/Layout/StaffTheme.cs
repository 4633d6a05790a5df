using MudBlazor;

namespace Reconsideration.Host.Components.Layout;

/// <summary>The staff application's colours and fonts.</summary>
internal static class StaffTheme
{
    // Chinese system fonts first; MudBlazor's default Roboto would come from a font service the office network may block.
    private static readonly string[] Fonts = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Droid Sans Fallback", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f4e8c", AppbarBackground = "#1f4e8c", Secondary = "#a0282d" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H6 = new H6Typography { FontFamily = Fonts },
        },
    };
}
