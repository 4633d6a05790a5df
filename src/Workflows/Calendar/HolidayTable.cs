using System.Collections.Frozen;

namespace Reconsideration.Workflows.Calendar;

/// <summary>The holiday years in force at one moment, by year and in order. Immutable.</summary>
internal sealed record HolidayTable(FrozenDictionary<int, HolidayYear> ByYear, IReadOnlyList<int> Order)
{
    /// <exception cref="ArgumentException">Two arrangements for the same year.</exception>
    public static HolidayTable Of(IEnumerable<HolidayYear> years)
    {
        var byYear = new Dictionary<int, HolidayYear>();
        foreach (var year in years)
        {
            if (!byYear.TryAdd(year.Year, year))
            {
                throw new ArgumentException($"{year.Year}年的节假日安排出现了两次：每年只能有一份。", nameof(years));
            }
        }

        return new HolidayTable(byYear.ToFrozenDictionary(), [.. byYear.Keys.Order()]);
    }
}
