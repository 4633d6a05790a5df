using System.Reflection;

namespace Reconsideration.Workflows.Calendar;

/// <summary>The holiday files compiled into this assembly from <c>Calendar/Data/&lt;year&gt;.txt</c>.</summary>
internal static class ShippedHolidayData
{
    private const string Prefix = "Reconsideration.Workflows.Calendar.Data.";

    public static IReadOnlyList<HolidayYear> Load()
    {
        var assembly = typeof(ShippedHolidayData).Assembly;
        var years = new List<HolidayYear>();
        foreach (var name in assembly.GetManifestResourceNames().Where(IsHolidayFile).Order(StringComparer.Ordinal))
        {
            years.Add(Read(assembly, name));
        }

        return years;
    }

    private static bool IsHolidayFile(string resourceName) =>
        resourceName.StartsWith(Prefix, StringComparison.Ordinal)
        && resourceName.EndsWith(".txt", StringComparison.Ordinal);

    private static HolidayYear Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[Prefix.Length..];
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"找不到内置节假日数据“{fileName}”。");
        using var reader = new StreamReader(stream);
        try
        {
            return HolidayYear.Parse(reader.ReadToEnd(), int.Parse(fileName[..4], System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (HolidayDataException e)
        {
            throw e.InFile(fileName);
        }
    }
}
