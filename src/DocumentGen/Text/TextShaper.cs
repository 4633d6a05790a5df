using System.Text;
using Reconsideration.DocumentGen.Fonts;
using Reconsideration.DocumentGen.Model;

namespace Reconsideration.DocumentGen.Text;

/// <summary>Turns text runs into a <see cref="ShapedText"/>: resolves each character's face (with fallbacks) and advance.</summary>
internal static class TextShaper
{
    /// <param name="defaultSize">Size of runs without their own, in points.</param>
    /// <param name="horizontalScale">
    /// Glyph width factor. On the GB/T 9704 grid 28 characters of 16 pt fill 156 mm, so each is drawn 98.7 % wide:
    /// a scaled line is one PDF string, where letter spacing would need one string per character (PDFsharp has no
    /// character-spacing operator), which made drawing four times slower.
    /// </param>
    public static ShapedText Shape(IReadOnlyList<TextRun> runs, RoleFonts fonts, double defaultSize, double horizontalScale)
    {
        var text = new StringBuilder();
        foreach (var run in runs) text.Append(run.Text);
        string all = text.ToString();
        int capacity = all.Length;
        var codePoints = new int[capacity];
        var source = new int[capacity];
        var advances = new double[capacity];
        var fontIndex = new short[capacity];
        var used = new List<TextFont>(2);
        int count = 0, offset = 0;
        foreach (var run in runs)
        {
            double size = run.Size ?? defaultSize;
            string s = run.Text;
            for (int i = 0; i < s.Length; i++)
            {
                int cp = s[i];
                int start = i;
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    cp = char.ConvertToUtf32(s[i], s[++i]);
                if (cp is '\r' or '\n') cp = ' '; // hard breaks are not supported: a newline reads as a space
                var choice = fonts.Resolve(run.Role, cp, run.Bold);
                var font = new TextFont(choice, size, horizontalScale);
                int index = used.IndexOf(font);
                if (index < 0) { used.Add(font); index = used.Count - 1; }
                codePoints[count] = cp;
                source[count] = offset + start;
                advances[count] = choice.Face.Advance(cp) * size * horizontalScale;
                fontIndex[count] = (short)index;
                count++;
            }
            offset += s.Length;
        }
        if (count < capacity)
        {
            Array.Resize(ref codePoints, count);
            Array.Resize(ref source, count);
            Array.Resize(ref advances, count);
            Array.Resize(ref fontIndex, count);
        }
        return new ShapedText(all, codePoints, source, advances, fontIndex, used);
    }
}
