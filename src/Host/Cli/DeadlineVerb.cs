using System.Globalization;
using Reconsideration.Workflows.Calendar;

namespace Reconsideration.Host.Cli;

/// <summary>
/// <c>deadline --from 2026-09-24 --working-days 5</c>: prints the last day of a legal period (yyyy-MM-dd), followed by
/// " provisional" when it depends on a year whose holidays are not loaded. Exit codes: 0 done, 1 holiday data wrong,
/// 2 bad arguments.
/// </summary>
internal static class DeadlineVerb
{
    private const string Usage = """
        用法：deadline [--from 起算日] (--working-days N | --days N | --months N) [--explain] [--holidays 目录]
          --from 起算日        yyyy-MM-dd，当日不计入期间；不写则为北京时间今天
          --working-days N     N个工作日（《行政复议法》第八十八条）
          --days N             N日（《民事诉讼法》第八十五条：最后一日为休息日的，顺延至其后第一个工作日）
          --months N           N个月（到期月的对应日，没有对应日的取月末日；同样顺延）
          --explain            在第二行输出计算说明
          --holidays 目录      另行载入该目录中的 <年份>.txt 节假日安排（覆盖或补充随程序发布的年份）
        期间三选一。结果在尚未载入节假日安排的年份时，日期后输出 provisional（暂定）。
        """;

    private static readonly string[] PeriodOptions = ["--working-days", "--days", "--months"];

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        Task.FromResult(Run(args, stdout, stderr, TimeProvider.System));

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var error = ReadOptions(args.SkipWhile((a, i) => i == 0 && a == "deadline").ToArray(), options);
        if (error is null && options.ContainsKey("--help"))
        {
            stdout.WriteLine(Usage);
            return 0;
        }

        DateOnly? from = null;
        var option = "";
        var count = 0;
        error ??= Validate(options, out from, out option, out count);
        if (error is not null)
        {
            stderr.WriteLine($"错误：{error}");
            stderr.WriteLine(Usage);
            return 2;
        }

        BusinessCalendar calendar;
        try
        {
            calendar = BusinessCalendar.Load(options.GetValueOrDefault("--holidays"));
        }
        catch (DirectoryNotFoundException e)
        {
            stderr.WriteLine($"错误：{e.Message}");
            return 2;
        }
        catch (HolidayDataException e)
        {
            stderr.WriteLine($"节假日数据有误：{e.Message}");
            return 1;
        }

        var start = from ?? LegalTime.Today(clock);
        var result = option switch
        {
            "--working-days" => calendar.AddWorkingDays(start, count),
            "--days" => calendar.AddCalendarDays(start, count),
            _ => calendar.AddMonths(start, count),
        };

        var date = result.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        stdout.WriteLine(result.Provisional ? $"{date} provisional" : date);
        if (options.ContainsKey("--explain"))
        {
            stdout.WriteLine(result.Explanation);
        }

        return 0;
    }

    private static string? ReadOptions(string[] args, Dictionary<string, string?> options)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            var isFlag = name is "--explain" or "--help" or "-h";
            if (!isFlag && name is not ("--from" or "--holidays") && !PeriodOptions.Contains(name))
            {
                return $"未知的参数“{args[i]}”。";
            }

            if (isFlag && value is not null)
            {
                return $"参数 {name} 不带取值。";
            }

            if (!isFlag && value is null)
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return $"参数 {name} 缺少取值。";
                }

                value = args[++i];
            }

            if (!options.TryAdd(name == "-h" ? "--help" : name, value))
            {
                return $"参数 {name} 重复出现。";
            }
        }

        return null;
    }

    private static string? Validate(Dictionary<string, string?> options, out DateOnly? from, out string option, out int count)
    {
        from = null;
        count = 0;
        var periods = PeriodOptions.Where(options.ContainsKey).ToArray();
        option = periods.Length == 1 ? periods[0] : "";
        if (periods.Length != 1)
        {
            return "请指定且只指定一种期间：--working-days、--days 或 --months。";
        }

        if (!int.TryParse(options[option], NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            return $"{option} 的取值“{options[option]}”无效：应为0或正整数。";
        }

        if (options.TryGetValue("--from", out var fromText))
        {
            if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return $"起算日“{fromText}”无法识别：应写作 yyyy-MM-dd，例如 2026-09-24。";
            }

            from = day;
        }

        return null;
    }
}
