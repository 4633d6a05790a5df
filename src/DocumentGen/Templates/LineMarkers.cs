using System.Globalization;
using System.Text;

namespace Reconsideration.DocumentGen.Templates;

/// <summary>
/// Maps rendered markup back to template lines. Before parsing, a marker (two private-use characters around
/// "file:line") is put at the start of every template line that begins outside a Liquid tag; the markers pass
/// through rendering as literal text and are removed before the XML is read. An error at some place in the
/// output is then attributed to the last marker before it: the template line that produced that text.
/// Values never carry markers: the encoder writes private-use characters as character references.
/// </summary>
internal static class LineMarkers
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    internal readonly record struct Location(int File, int Line);

    internal static string Inject(string source, int file)
    {
        var output = new StringBuilder(source.Length + source.Length / 8);
        var line = 1;
        var inTag = false;
        char? quote = null;
        var atLineStart = true;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (atLineStart && !inTag)
                output.Append(Open).Append(file).Append(':').Append(line).Append(Close);
            atLineStart = false;
            output.Append(c);
            if (c == '\n')
            {
                line++;
                atLineStart = true;
                continue;
            }
            if (!inTag)
            {
                if (c == '{' && i + 1 < source.Length && source[i + 1] is '{' or '%')
                {
                    inTag = true;
                    output.Append(source[++i]);
                }
                continue;
            }
            if (quote is { } open)
            {
                if (c == open) quote = null;
                continue;
            }
            if (c is '"' or '\'') quote = c;
            else if (c is '}' or '%' && i + 1 < source.Length && source[i + 1] == '}')
            {
                inTag = false;
                output.Append(source[++i]);
            }
        }
        return output.ToString();
    }

    /// <summary>The output without markers, and where each marker stood in it.</summary>
    internal static (string Text, IReadOnlyList<(int Offset, Location Where)> Marks) Strip(string rendered)
    {
        var text = new StringBuilder(rendered.Length);
        var marks = new List<(int, Location)>();
        var i = 0;
        while (i < rendered.Length)
        {
            var c = rendered[i];
            if (c == Open && TryRead(rendered, i, out var location, out var end))
            {
                marks.Add((text.Length, location));
                i = end;
                continue;
            }
            text.Append(c);
            i++;
        }
        return (text.ToString(), marks);
    }

    /// <summary>The template line that produced the text at <paramref name="offset"/> of the stripped output.</summary>
    internal static Location? Locate(IReadOnlyList<(int Offset, Location Where)> marks, int offset)
    {
        Location? found = null;
        foreach (var (markOffset, where) in marks)
        {
            if (markOffset > offset) break;
            found = where;
        }
        return found;
    }

    /// <summary>The last marker in output rendered so far: where rendering stood when it failed.</summary>
    internal static Location? Last(string partialOutput)
    {
        for (var i = partialOutput.LastIndexOf(Open); i >= 0; i = i == 0 ? -1 : partialOutput.LastIndexOf(Open, i - 1))
        {
            if (TryRead(partialOutput, i, out var location, out _)) return location;
        }
        return null;
    }

    private static bool TryRead(string text, int start, out Location location, out int end)
    {
        location = default;
        end = text.IndexOf(Close, start + 1);
        if (end < 0) return false;
        var body = text.AsSpan(start + 1, end - start - 1);
        var colon = body.IndexOf(':');
        end++;
        if (colon < 0
            || !int.TryParse(body[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var file)
            || !int.TryParse(body[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var line))
            return false;
        location = new Location(file, line);
        return true;
    }
}
