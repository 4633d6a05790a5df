namespace Reconsideration.Host.Features.Staff.Services.Admin;

/// <summary>Days written as runs for people: "2月15日至23日、4月4日".</summary>
public static class DayRuns
{
    public static string Format(IEnumerable<DateOnly> days)
    {
        var runs = new List<string>();
        var ordered = days.Order().ToList();
        for (var i = 0; i < ordered.Count;)
        {
            var j = i;
            while (j + 1 < ordered.Count && ordered[j + 1] == ordered[j].AddDays(1)) j++;
            runs.Add(Run(ordered[i], ordered[j]));
            i = j + 1;
        }

        return runs.Count == 0 ? "无" : string.Join("、", runs);
    }

    public static string Run(DateOnly from, DateOnly to) =>
        from == to ? Day(from) : $"{Day(from)}至{(from.Month == to.Month ? $"{to.Day}日" : Day(to))}";

    private static string Day(DateOnly day) => $"{day.Month}月{day.Day}日";
}
