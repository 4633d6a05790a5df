using Reconsideration.Host.Cli;

namespace Reconsideration.Host.Tests.Cli;

public sealed class DeadlineVerbTests : IDisposable
{
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();
    private string? _directory;

    public void Dispose()
    {
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Prints_the_last_working_day()
    {
        var exit = await DeadlineVerb.RunAsync(["deadline", "--from", "2026-09-24", "--working-days", "5"], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal("2026-10-09" + Environment.NewLine, _stdout.ToString());
        Assert.Equal("", _stderr.ToString());
    }

    [Fact]
    public async Task Is_dispatched_from_the_cli_verbs()
    {
        var exit = await CliVerbs.RunAsync(["deadline", "--from", "2026-09-24", "--working-days", "5"], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal("2026-10-09" + Environment.NewLine, _stdout.ToString());
    }

    [Fact]
    public async Task Marks_a_provisional_result()
    {
        var exit = await DeadlineVerb.RunAsync(["deadline", "--from", "2026-12-20", "--working-days", "20"], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal("2027-01-15 provisional" + Environment.NewLine, _stdout.ToString());
    }

    [Theory]
    [InlineData("--days", "15", "2026-09-18", "2026-10-08")]
    [InlineData("--months", "1", "2026-01-31", "2026-02-28")]
    public async Task Applies_the_calendar_day_and_month_rules(string option, string count, string from, string expected)
    {
        var exit = await DeadlineVerb.RunAsync(["deadline", "--from", from, option, count], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal(expected + Environment.NewLine, _stdout.ToString());
    }

    [Fact]
    public async Task Explains_on_a_second_line()
    {
        await DeadlineVerb.RunAsync(["deadline", "--from=2026-09-24", "--working-days=5", "--explain"], _stdout, _stderr);

        var lines = _stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("2026-10-09", lines[0]);
        Assert.StartsWith("自2026年9月24日起算（当日不计入），第5个工作日为2026年10月9日", lines[1]);
    }

    [Fact]
    public async Task Loads_extra_holiday_years()
    {
        _directory = Directory.CreateTempSubdirectory("holidays-").FullName;
        await File.WriteAllTextAsync(Path.Combine(_directory, "2027.txt"), "off: 2027-01-01..2027-01-03\n");

        var exit = await DeadlineVerb.RunAsync(
            ["deadline", "--from", "2026-12-20", "--working-days", "20", "--holidays", _directory], _stdout, _stderr);

        Assert.Equal(0, exit);
        Assert.Equal("2027-01-18" + Environment.NewLine, _stdout.ToString());
    }

    [Theory]
    [InlineData("deadline")]
    [InlineData("deadline --from 2026-09-24")]
    [InlineData("deadline --from 2026-09-31 --days 1")]
    [InlineData("deadline --from 2026-09-24 --days -1")]
    [InlineData("deadline --from 2026-09-24 --days 1 --months 1")]
    [InlineData("deadline --from 2026-09-24 --working-days")]
    [InlineData("deadline --from 2026-09-24 --working-days 5 --bogus")]
    [InlineData("deadline --from 2026-09-24 --working-days 5 --working-days 6")]
    [InlineData("deadline --explain=yes --from 2026-09-24 --working-days 5")]
    public async Task Bad_arguments_give_usage_and_exit_code_2(string commandLine)
    {
        var exit = await DeadlineVerb.RunAsync(commandLine.Split(' '), _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Equal("", _stdout.ToString());
        Assert.StartsWith("错误：", _stderr.ToString());
        Assert.Contains("用法：deadline", _stderr.ToString());
    }
}
