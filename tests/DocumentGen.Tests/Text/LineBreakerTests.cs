using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Text;

namespace Reconsideration.DocumentGen.Tests.Text;

public class LineBreakerTests
{
    // Ideographs and CJK punctuation are one unit wide, Latin letters, digits and ASCII half a unit.
    private static ShapedText Shape(string text)
    {
        var codePoints = text.EnumerateRunes().Select(r => r.Value).ToArray();
        var source = new int[codePoints.Length];
        for (int i = 1, offset = 0; i < codePoints.Length; i++) source[i] = offset += char.ConvertFromUtf32(codePoints[i - 1]).Length;
        var advances = codePoints.Select(c => c < 0x2000 ? 0.5 : 1.0).ToArray();
        return new ShapedText(text, codePoints, source, advances, new short[codePoints.Length], Array.Empty<TextFont>());
    }

    private static List<string> Lines(string text, double width, double firstLineWidth = -1)
    {
        var shaped = Shape(text);
        return LineBreaker.Break(shaped, firstLineWidth < 0 ? width : firstLineWidth, width)
            .Select(l => shaped.Slice(l.Start, l.End)).ToList();
    }

    public static readonly TheoryData<string> Corpus = new()
    {
        "本机关认为，被申请人作出的行政处罚决定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。",
        "根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定如下：维持被申请人作出的决定。",
        "申请人称：“被申请人未告知陈述、申辩的权利。”（见附件一）【重要】「引文」『二级引文』〔2026〕",
        "罚款金额123456.78元明显过重……且检测报告编号为ABC-2025-0012——这违反了法定程序。",
        "于2026年1月5日申请，电话13800000000，身份证号码110101198005060012，地址人民路123号。",
        "Mixed English words like reconsideration and administrative decision 混排中文与English文字。",
        "省略号……省略号……破折号——破折号——引号“甲”‘乙’，括号（丙）〔丁〕《戊》！",
        "（一）（二）（三）（四）（五）（六）（七）（八）（九）（十）。",
        "第一百二十四条第一款第（一）项、第（二）项和第（三）项规定的情形之一的，处五万元以上十万元以下罚款。",
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void No_line_starts_with_a_closing_mark_or_ends_with_an_opening_mark(string text)
    {
        for (int width = 5; width <= 30; width++)
        {
            var lines = Lines(text, width);
            Assert.Equal(text, string.Concat(lines));
            foreach (var line in lines.Skip(1))
                Assert.False(CharClasses.IsCloser(char.ConvertToUtf32(line, 0)), $"width {width}: line starts with a closing mark: {line}");
            foreach (var line in lines.SkipLast(1))
            {
                string trimmed = line.TrimEnd();
                Assert.False(CharClasses.IsOpener(trimmed[^1]), $"width {width}: line ends with an opening mark: {line}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Words_numbers_ellipses_and_dashes_are_never_split(string text)
    {
        // From 10 units on, the longest number (an 18-digit ID, 9 units) fits on a line.
        for (int width = 10; width <= 30; width++)
        {
            var lines = Lines(text, width);
            for (int i = 0; i + 1 < lines.Count; i++)
            {
                char before = lines[i][^1], after = lines[i + 1][0];
                Assert.False(char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after),
                    $"width {width}: split inside a word or number: {lines[i]} | {lines[i + 1]}");
                Assert.False(before == after && before is '…' or '—', $"width {width}: split pair {before}{after}");
                Assert.False(before == '.' && char.IsAsciiDigit(after), $"width {width}: split decimal: {lines[i]} | {lines[i + 1]}");
            }
        }
    }

    [Fact]
    public void A_closing_mark_at_the_boundary_pulls_the_previous_character_down()
    {
        Assert.Equal(["一二三", "四，五六"], Lines("一二三四，五六", 4));
    }

    [Fact]
    public void An_opening_mark_at_the_boundary_moves_to_the_next_line()
    {
        Assert.Equal(["一二三", "《四五》"], Lines("一二三《四五》", 4));
    }

    [Fact]
    public void An_ellipsis_at_the_boundary_stays_whole_with_the_character_before_it()
    {
        Assert.Equal(["一二", "三……四"], Lines("一二三……四", 4));
        Assert.Equal(["一二三", "——四五"], Lines("一二三——四五", 4));
    }

    [Fact]
    public void Numbers_stay_whole_but_may_break_from_the_following_ideograph()
    {
        // "2026" is 2 units wide: "于2026" fills 3 units, so "年" starts the next line.
        Assert.Equal(["于2026", "年3月"], Lines("于2026年3月", 3));
        Assert.Equal(["金额", "123.45元"], Lines("金额123.45元", 4));
        Assert.Equal(["编号", "ABC-12号"], Lines("编号ABC-12号", 4.5));
    }

    [Fact]
    public void Latin_words_break_at_spaces_and_trailing_spaces_do_not_count()
    {
        var shaped = Shape("alpha beta gamma");
        var lines = LineBreaker.Break(shaped, 4.5, 4.5);
        Assert.Equal(["alpha ", "beta ", "gamma"], lines.Select(l => shaped.Slice(l.Start, l.End)));
        Assert.Equal(2.5, lines[0].Width);
    }

    [Fact]
    public void The_first_line_can_be_narrower_for_an_indent()
    {
        Assert.Equal(["一二", "三四五六", "七"], Lines("一二三四五六七", 4, firstLineWidth: 2));
    }

    [Fact]
    public void A_number_wider_than_the_line_is_cut_where_the_line_is_full()
    {
        var lines = Lines("110101198005060012", 4);
        Assert.Equal("110101198005060012", string.Concat(lines));
        Assert.All(lines, l => Assert.True(l.Length <= 8));
    }
}
