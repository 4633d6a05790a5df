using System.Globalization;

namespace Reconsideration.Workflows.Calendar;

/// <summary>
/// The holiday years a <see cref="BusinessCalendar"/> reads: a fixed set, or the shipped years with a directory's files
/// over them, read again by <see cref="Reload"/> so a year an administrator saves takes effect at once. Thread-safe:
/// the years are one immutable table swapped in a single write, and each calculation of the calendar reads one table.
/// </summary>
public sealed class HolidaySource
{
    private readonly string? _directory;
    private volatile HolidayTable _table;

    /// <summary>Exactly these years, never reloaded.</summary>
    /// <exception cref="ArgumentException">Two arrangements for the same year.</exception>
    public HolidaySource(IEnumerable<HolidayYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _table = HolidayTable.Of(years);
    }

    private HolidaySource(string directory)
    {
        _directory = directory;
        _table = HolidayTable.Of(ReadDirectory(directory));
    }

    /// <summary>The directory read on <see cref="Reload"/>; null for a fixed set of years.</summary>
    public string? Directory => _directory;

    /// <summary>The years with data, ascending.</summary>
    public IReadOnlyList<int> Years => _table.Order;

    internal HolidayTable Table => _table;

    /// <summary>
    /// The shipped years, replaced or extended by every <c>*.txt</c> file in <paramref name="directory"/> (one year a file,
    /// best named <c>&lt;year&gt;.txt</c>). Null or empty: the shipped years only.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="HolidayDataException">A file is wrong; the message names it and the line.</exception>
    public static HolidaySource FromDirectory(string? directory) =>
        string.IsNullOrWhiteSpace(directory) ? new HolidaySource(ShippedHolidayData.Load()) : new HolidaySource(directory);

    /// <summary>
    /// Reads the directory again and puts its years in force for every calculation that starts afterwards. A directory
    /// that cannot be read leaves the years in force unchanged. No-op for a fixed set of years.
    /// </summary>
    /// <exception cref="HolidayDataException">A file is wrong; nothing changed.</exception>
    public void Reload()
    {
        if (_directory is not null) _table = HolidayTable.Of(ReadDirectory(_directory));
    }

    /// <summary>What <see cref="FromDirectory"/> would load, without loading it: for checking a directory before relying on it.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="HolidayDataException">A file is wrong; the message names it and the line.</exception>
    public static IReadOnlyList<HolidayYear> ReadDirectory(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"节假日数据目录“{directory}”不存在：请检查配置的路径，或不配置该项以只使用随程序发布的节假日安排。");
        }

        var years = ShippedHolidayData.Load().ToDictionary(y => y.Year);
        var files = new Dictionary<int, string>();
        foreach (var path in System.IO.Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var year = ReadFile(path, name);
            if (files.TryGetValue(year.Year, out var other))
            {
                throw new HolidayDataException($"与“{other}”都是{year.Year}年的安排：每年只保留一个文件。", null, name);
            }

            files.Add(year.Year, name);
            years[year.Year] = year;
        }

        return [.. years.Values];
    }

    private static HolidayYear ReadFile(string path, string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var text = File.ReadAllText(path);
        try
        {
            return stem.Length == 4 && int.TryParse(stem, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                ? HolidayYear.Parse(text, year)
                : HolidayYear.Parse(text);
        }
        catch (HolidayDataException e)
        {
            throw e.InFile(name);
        }
    }
}
